// Placeholder content script: answers a ping so the harness can see it running.
import browser from '../shared/browser';

document.documentElement.dataset.malgeun = 'ready';
browser.runtime.onMessage.addListener((msg: unknown) => {
  if ((msg as { type?: string })?.type === 'malgeun:ping')
    return Promise.resolve({ ok: true, url: location.href });
  return undefined;
});
