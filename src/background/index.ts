import browser from '../shared/browser';

browser.runtime.onInstalled.addListener(() => {
  console.info('malgeun: installed');
});
browser.runtime.onMessage.addListener((msg: unknown) => {
  if ((msg as { type?: string })?.type === 'malgeun:bg-ping') return Promise.resolve({ ok: true });
  return undefined;
});
