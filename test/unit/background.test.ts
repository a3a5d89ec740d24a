// The background's own decisions, against the in-memory browser: badge per tab, downloads with safe names,
// content scripts registered only for sites switched on AND granted, the toolbar action.
import { beforeEach, describe, expect, it } from 'vitest';
import { downloadMarkdown, syncSiteScripts } from '../../src/background/index';
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

  it('registers content scripts only for sites switched on and granted, and drops them after', async () => {
    await saveOptions({
      sites: {
        'blog.example.com': { auto: true, selectors: [] },
        'other.example.org': { auto: true, selectors: [] },
        'quiet.example.net': { auto: false, selectors: [] },
      },
    });
    mock.permissions.granted.add('*://blog.example.com/*');
    await syncSiteScripts();
    expect(mock.scripting.registered.map((s: { id: string }) => s.id)).toEqual(['site:blog.example.com']);
    expect(mock.scripting.registered[0].matches).toEqual(['*://blog.example.com/*']);
    await saveOptions({ sites: { 'blog.example.com': { auto: false, selectors: [] } } });
    await syncSiteScripts();
    expect(mock.scripting.registered).toEqual([]);
  });
});
