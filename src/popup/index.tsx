import { render } from 'preact';

function Popup() {
  return <main id="popup">맑은</main>;
}
const app = document.getElementById('app');
if (app) render(<Popup />, app);
