import { render } from 'preact';

function Options() {
  return <main id="options">맑은</main>;
}
const app = document.getElementById('app');
if (app) render(<Options />, app);
