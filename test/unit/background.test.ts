// The background's own decisions, against the in-memory browser: badge per tab, downloads with safe names,
// the automatic content scripts registered where the options want them (other sites only when granted).
import { beforeEach, describe, expect, it } from 'vitest';
import { AUTO_FILES, downloadMarkdown, syncAutoScripts } from '../../src/background/index';
import browser from '../../src/shared/browser';
import { saveOptions } from '../../src/shared/options';

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
    expect(ids()).toEqual(['auto:known', 'site:blog.example.com']);
    const [known, site] = mock.scripting.registered;
    expect(known.matches).toEqual(['*://localhost/*']);
    // A site switched off that is not a known host needs no exclusion: nothing runs there anyway.
    expect(known.excludeMatches).toBeUndefined();
    expect(site.matches).toEqual(['*://blog.example.com/*']);
    // auto.js first: it tells content.js it was sent to clean.
    for (const s of mock.scripting.registered) expect(s.js).toEqual(AUTO_FILES);
    expect(AUTO_FILES[0]).toBe('auto.js');
    await saveOptions({ sites: { 'blog.example.com': { auto: false, selectors: [] } } });
    await syncAutoScripts();
    expect(ids()).toEqual(['auto:known']);
  });

  it('leaves out a known host switched off, and registers nothing when automatic clean-up is off', async () => {
    await syncAutoScripts();
    expect(mock.scripting.registered[0].excludeMatches).toBeUndefined();
    await saveOptions({ sites: { localhost: { auto: false, selectors: [] } } });
    await syncAutoScripts();
    expect(mock.scripting.registered).toHaveLength(1);
    expect(mock.scripting.registered[0].excludeMatches).toEqual(['*://localhost/*']);
    // In step already: a second sync changes nothing (and registers no duplicate id).
    await syncAutoScripts();
    expect(mock.scripting.registered).toHaveLength(1);
    await saveOptions({ autoClean: false });
    await syncAutoScripts();
    expect(mock.scripting.registered).toEqual([]);
  });
});
