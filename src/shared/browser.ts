// The only module that imports webextension-polyfill, so that it can be dropped in one commit
// once every supported browser ships the promise-based `browser` namespace.
import browser from 'webextension-polyfill';

export default browser;
export type { Browser, Runtime, Tabs } from 'webextension-polyfill';
