// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import browser from '../../src/shared/browser';
import {
  autoCleanFor,
  defaultOptions,
  loadOptions,
  normalizeOptions,
  OPTIONS_VERSION,
  parseHost,
  saveOptions,
  selectorError,
  updateSite,
} from '../../src/shared/options';

const KNOWN = ['*://n.news.naver.com/*', '*://*.chosun.com/*'];

beforeEach(async () => {
  await browser.storage.sync.clear();
});

describe('options: defaults and migrations', () => {
  it('gives the defaults on a fresh install', async () => {
    expect(await loadOptions()).toEqual(defaultOptions());
  });

  it('migrates the version-1 flat shape and writes the upgrade back once', async () => {
    await browser.storage.sync.set({
      autoClean: false,
      readerTheme: 'sepia',
      readerFontSize: 21,
      disabledSites: ['www.hani.co.kr'],
    });
    const o = await loadOptions();
    expect(o.autoClean).toBe(false);
    expect(o.reader.theme).toBe('sepia');
    expect(o.reader.size).toBe(21);
    expect(o.sites['www.hani.co.kr']).toEqual({ auto: false, selectors: [] });
    const stored = await browser.storage.sync.get(null);
    expect(stored.optionsVersion).toBe(OPTIONS_VERSION);
    expect(stored).not.toHaveProperty('readerTheme');
    expect(stored).not.toHaveProperty('disabledSites');
  });

  it('replaces broken or out-of-range values by defaults or limits', () => {
    const o = normalizeOptions({
      optionsVersion: OPTIONS_VERSION,
      reader: { theme: 'neon', font: 'serif', size: 400, width: 'wide' },
      toolbarAction: 'explode',
      export: { frontMatter: 'yes', images: 'link' },
      sites: { 'WWW.Example.COM.': { selectors: ['.ad', 3, ''], auto: 'maybe' }, bad: null },
    });
    expect(o.reader).toEqual({ ...defaultOptions().reader, font: 'serif', size: 30 });
    expect(o.toolbarAction).toBe('popup');
    expect(o.export).toEqual({ frontMatter: true, images: 'link' });
    expect(o.sites).toEqual({ 'www.example.com': { selectors: ['.ad'] } });
  });

  it('saves each option under its own key and reads it back', async () => {
    await saveOptions({ toolbarAction: 'reader' });
    await updateSite('News.Example.com', { auto: true, selectors: ['#rank'] });
    const o = await loadOptions();
    expect(o.toolbarAction).toBe('reader');
    expect(o.sites['news.example.com']).toEqual({ auto: true, selectors: ['#rank'] });
    await updateSite('news.example.com', null);
    expect((await loadOptions()).sites).toEqual({});
  });
});

describe('options: where automatic clean-up runs', () => {
  it('runs on known hosts by default, elsewhere only when the site is switched on', () => {
    const o = defaultOptions();
    expect(autoCleanFor(o, 'n.news.naver.com', KNOWN)).toBe(true);
    expect(autoCleanFor(o, 'www.chosun.com', KNOWN)).toBe(true);
    expect(autoCleanFor(o, 'example.com', KNOWN)).toBe(false);
    o.sites['example.com'] = { auto: true, selectors: [] };
    o.sites['www.chosun.com'] = { auto: false, selectors: [] };
    expect(autoCleanFor(o, 'example.com', KNOWN)).toBe(true);
    expect(autoCleanFor(o, 'www.chosun.com', KNOWN)).toBe(false);
    // The global switch is the master switch.
    o.autoClean = false;
    expect(autoCleanFor(o, 'example.com', KNOWN)).toBe(false);
    expect(autoCleanFor(o, 'n.news.naver.com', KNOWN)).toBe(false);
  });

  it('refuses bad selectors and bad hosts', () => {
    expect(selectorError('.ranking > li', document)).toBeNull();
    expect(selectorError('div[', document)).not.toBeNull();
    expect(selectorError('>>', document)).not.toBeNull();
    expect(parseHost('https://www.Example.co.kr/news/1?x=1')).toBe('www.example.co.kr');
    expect(parseHost('news.example.com')).toBe('news.example.com');
    expect(parseHost('not a host')).toBeNull();
    expect(parseHost('localhost')).toBeNull();
  });
});
