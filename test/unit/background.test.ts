// The background's own decisions, against the in-memory browser: badge per tab, downloads with safe names,
// the automatic content scripts registered where the options want them (other sites only when granted).
import { beforeEach, describe, expect, it } from 'vitest';
import {
  AUTO_FILES,
  allSitesGranted,
  downloadMarkdown,
  EARLY_FILES,
  syncAutoScripts,
} from '../../src/background/index';
import browser from '../../src/shared/browser';
import { loadOptions, saveOptions } from '../../src/shared/options';

// biome-ignore lint/suspicious/noExplicitAny: the mock's extra fields are not in the polyfill's types
const mock = browser as any;
type Listener = (msg: unknown, sender: unknown) => Promise<unknown> | undefined;
const toBackground = (msg: unknown, sender: unknown = {}) => {
  for (const l of mock.runtime.onMessage.list as Listener[]) {
    const r = l(msg, sender);
    if (r) return r;
  }
  return undefined;
};

beforeEach(async () => {
  await browser.storage.sync.clear();
  mock.scripting.registered = [];
  mock.permissions.granted.clear();
  mock.downloads.calls.length = 0;
});

describe('background', () => {
  it('sets the badge of the reporting tab only (top frame), and clears it at zero', async () => {
    await toBackground({ type: 'malgeun:badge', count: 12 }, { tab: { id: 7 }, frameId: 0 });
    expect(mock.action.badges.get(7)).toBe('12');
    expect(toBackground({ type: 'malgeun:badge', count: 3 }, { tab: { id: 7 }, frameId: 2 })).toBeUndefined();
    expect(mock.action.badges.get(7)).toBe('12');
    await toBackground({ type: 'malgeun:badge', count: 0 }, { tab: { id: 7 }, frameId: 0 });
    expect(mock.action.badges.get(7)).toBe('');
  });

  it('saves Markdown under a safe name, never trusting the name a page sent', async () => {
    const reply = (await toBackground({
      type: 'malgeun:download',
      markdown: '# 제목\n\n본문',
      filename: '../../2024-05-20-제목: "부제"?.md',
    })) as { ok: boolean };
    expect(reply.ok).toBe(true);
    const call = mock.downloads.calls[0];
    expect(call.filename).toBe("2024-05-20-제목_ '부제'.md");
    expect(call.url.startsWith('blob:') || call.url.startsWith('data:text/markdown')).toBe(true);
    await downloadMarkdown('x', 'a.md');
    expect(mock.downloads.calls).toHaveLength(2);
  });

  it('registers the automatic script for the known hosts, and for other sites only when switched on and granted', async () => {
    await saveOptions({
      sites: {
        'blog.example.com': { auto: true, selectors: [] },
        'other.example.org': { auto: true, selectors: [] },
        'quiet.example.net': { auto: false, selectors: [] },
      },
    });
    mock.permissions.granted.add('*://blog.example.com/*');
    await syncAutoScripts();
    const ids = () => mock.scripting.registered.map((s: { id: string }) => s.id);
    expect(ids()).toEqual(['auto:known', 'early:known', 'site:blog.example.com']);
    const [known, early, site] = mock.scripting.registered;
    expect(known.matches).toEqual(['*://localhost/*']);
    // A site switched off that is not a known host needs no exclusion: nothing runs there anyway.
    expect(known.excludeMatches).toBeUndefined();
    expect(site.matches).toEqual(['*://blog.example.com/*']);
    // A site of the user's own: auto.js first, it tells content.js it was sent to clean.
    expect(site.js).toEqual(AUTO_FILES);
    expect(AUTO_FILES).toEqual(['auto.js', 'content.js']);
    // The known hosts: the early-hide stylesheet before the first paint, and content.js compiled at
    // document_start behind early.js, on the same pages; at idle auto.js alone wakes it.
    expect(early).toMatchObject({ matches: known.matches, js: EARLY_FILES, css: ['early.css'] });
    expect(EARLY_FILES).toEqual(['early.js', 'content.js']);
    expect(early.runAt).toBe('document_start');
    expect(known.js).toEqual(['auto.js']);
    expect(known.runAt).toBe('document_idle');
    await saveOptions({ sites: { 'blog.example.com': { auto: false, selectors: [] } } });
    await syncAutoScripts();
    expect(ids()).toEqual(['auto:known', 'early:known']);
  });

  it('leaves out a known host switched off, and registers nothing when automatic clean-up is off', async () => {
    await syncAutoScripts();
    expect(mock.scripting.registered[0].excludeMatches).toBeUndefined();
    await saveOptions({ sites: { localhost: { auto: false, selectors: [] } } });
    await syncAutoScripts();
    expect(mock.scripting.registered).toHaveLength(2);
    for (const s of mock.scripting.registered) expect(s.excludeMatches).toEqual(['*://localhost/*']);
    // In step already: a second sync changes nothing (and registers no duplicate id).
    await syncAutoScripts();
    expect(mock.scripting.registered).toHaveLength(2);
    await saveOptions({ autoClean: false });
    await syncAutoScripts();
    expect(mock.scripting.registered).toEqual([]);
  });

  it('all-sites mode: gate.js on every other page only while on and granted; off unregisters it', async () => {
    const allPages = () => mock.scripting.registered.find((s: { id: string }) => s.id === 'all:pages');
    await saveOptions({ allSites: true, sites: { 'mine.example.com': { auto: true, selectors: [] } } });
    mock.permissions.granted.add('*://mine.example.com/*');
    await syncAutoScripts();
    // Asked for but not granted: nothing on other pages.
    expect(allPages()).toBeUndefined();
    mock.permissions.granted.add('*://*/*');
    await syncAutoScripts();
    expect(allPages()).toMatchObject({ matches: ['*://*/*'], js: ['gate.js'], runAt: 'document_idle' });
    // The known hosts and the sites with a registration of their own are left to those.
    expect(allPages().excludeMatches).toEqual(['*://localhost/*', '*://mine.example.com/*']);
    await saveOptions({ allSites: false });
    await syncAutoScripts();
    expect(allPages()).toBeUndefined();
  });

  it('sends content.js to the frame whose gate passed, only while the all-sites mode is on', async () => {
    const calls: unknown[] = [];
    mock.scripting.executeScript = async (o: unknown) => {
      calls.push(o);
      return [];
    };
    const sender = { tab: { id: 4 }, frameId: 0 };
    expect(await toBackground({ type: 'malgeun:gate-pass' }, sender)).toEqual({ ok: false });
    await saveOptions({ allSites: true });
    expect(await toBackground({ type: 'malgeun:gate-pass' }, sender)).toEqual({ ok: true });
    expect(calls).toEqual([{ target: { tabId: 4, frameIds: [0] }, files: ['content.js'] }]);
  });

  it('switches the all-sites mode on when its permission arrives after the reader asked (the popup may be gone)', async () => {
    await browser.storage.local.clear();
    await allSitesGranted(['*://*/*']);
    expect((await loadOptions()).allSites).toBe(false);
    await browser.storage.local.set({ allSitesAsked: true });
    await allSitesGranted(['*://news.example.com/*']);
    expect((await loadOptions()).allSites).toBe(false);
    await allSitesGranted(['*://*/*']);
    expect((await loadOptions()).allSites).toBe(true);
    expect(await browser.storage.local.get('allSitesAsked')).toEqual({});
  });
});
