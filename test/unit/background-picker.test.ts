// The block picker's ways in from the background: a context-menu item and a keyboard command of its own,
// each starting the picker in the tab it was used on (content.js, then the picker's own picker.js, injected
// first when they do not answer; the page tools are not needed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import '../../src/background/index';
import { MENU_PICKER, PICKER_COMMAND } from '../../src/background/picker';
import browser from '../../src/shared/browser';

// biome-ignore lint/suspicious/noExplicitAny: the mock's extra fields are not in the polyfill's types
const mock = browser as any;
type Fire = (...args: unknown[]) => unknown;
const fire = (event: { list: Fire[] }, ...args: unknown[]) => {
  for (const l of event.list) l(...args);
};

/** Messages sent to tabs, with every script answering its ping (as injected scripts do). */
function recordTabMessages(): { tabId: number; type: string }[] {
  const sent: { tabId: number; type: string }[] = [];
  mock.tabs.sendMessage = async (tabId: number, msg: { type: string }) => {
    sent.push({ tabId, type: msg.type });
    return { ok: true };
  };
  return sent;
}

/** A tab where nothing runs until injected: records the files injected, in order, and answers pings after. */
function emptyTab(): { files: string[]; sent: { tabId: number; type: string }[] } {
  const files: string[] = [];
  const sent: { tabId: number; type: string }[] = [];
  const pings: Record<string, string> = {
    'malgeun:ping': 'content.js',
    'malgeun:tools-ping': 'page-tools.js',
    'malgeun:picker-ping': 'picker.js',
  };
  mock.scripting.executeScript = async (o: { files: string[] }) => {
    files.push(...o.files);
    return [{ result: undefined }];
  };
  mock.tabs.sendMessage = async (tabId: number, msg: { type: string }) => {
    sent.push({ tabId, type: msg.type });
    const file = pings[msg.type];
    if (file && !files.includes(file)) throw new Error('Could not establish connection');
    return { ok: true };
  };
  return { files, sent };
}

const started = (sent: { tabId: number; type: string }[]) =>
  sent.filter((m) => m.type === 'malgeun:start-picker').map((m) => m.tabId);

describe('background: the block picker', () => {
  it('adds its context-menu item at set-up, and the item starts the picker in that tab', async () => {
    fire(mock.runtime.onInstalled);
    await new Promise((ok) => setTimeout(ok, 20));
    expect(mock.contextMenus.items.map((i: { id: string }) => i.id)).toContain(MENU_PICKER);
    const sent = recordTabMessages();
    fire(mock.contextMenus.onClicked, { menuItemId: MENU_PICKER }, { id: 4 });
    fire(mock.contextMenus.onClicked, { menuItemId: 'malgeun-reader-other' }, { id: 5 });
    await new Promise((ok) => setTimeout(ok, 20));
    expect(started(sent)).toEqual([4]);
  });

  it('has a shortcut of its own (Alt+Shift+H) that starts the picker in the tab', async () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../manifest.json'), 'utf8'));
    const keys = Object.values(manifest.commands).map(
      (c) => (c as { suggested_key: { default: string } }).suggested_key.default,
    );
    expect(manifest.commands[PICKER_COMMAND].suggested_key.default).toBe('Alt+Shift+H');
    expect(new Set(keys).size).toBe(keys.length);
    const sent = recordTabMessages();
    fire(mock.commands.onCommand, PICKER_COMMAND, { id: 9 });
    fire(mock.commands.onCommand, 'open-reader-not-this', { id: 10 });
    await new Promise((ok) => setTimeout(ok, 20));
    expect(started(sent)).toEqual([9]);
  });

  it('injects content.js and then picker.js (not the page tools) into a tab where they do not run', async () => {
    const tab = emptyTab();
    fire(mock.commands.onCommand, PICKER_COMMAND, { id: 12 });
    await vi.waitFor(() => expect(started(tab.sent)).toEqual([12]));
    expect(tab.files).toEqual(['content.js', 'picker.js']);
  });
});
