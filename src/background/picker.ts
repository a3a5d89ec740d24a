/**
 * The block picker's ways in from the background: its context-menu item and its keyboard command
 * (Alt+Shift+H). Both inject the picker's own bundle (picker.js, after content.js) and start it in the tab.
 */
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { askPicker } from '../shared/inject';

export const MENU_PICKER = 'malgeun-pick-block';
export const PICKER_COMMAND = 'pick-block';

function startIn(tabId: number): void {
  askPicker(tabId, { type: 'malgeun:start-picker' }).catch((e: unknown) =>
    console.warn('malgeun: picker failed', e),
  );
}

/** Called by the background's menu set-up, after it cleared the menus. */
export function createPickerMenu(): void {
  browser.contextMenus.create({ id: MENU_PICKER, title: t('menuPickBlock'), contexts: ['page'] });
}

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_PICKER && tab?.id !== undefined) startIn(tab.id);
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== PICKER_COMMAND) return;
  if (tab?.id !== undefined) startIn(tab.id);
  else
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([active]) => active?.id !== undefined && startIn(active.id));
});
