/**
 * The block picker's own bundle (picker.js), injected on demand next to content.js by the context menu,
 * Alt+Shift+H and the popup. It carries the picker and its saving only: none of the extraction, the reader or
 * the Markdown that page-tools.js holds. A pick is saved as one of this site's selectors; the content
 * runtime is what hides it.
 */
import { listenOnce } from '../shared/listen-once';
import type { OkReply, ToPicker } from '../shared/messages';
import { isMessage } from '../shared/messages';
import { addPickedSelector, autoCleanFor, knownPatterns } from '../shared/options';
import { startPicker } from './picker';

/** Start the picker here; a pick is saved as one of this site's selectors (the content runtime hides it). */
function pickBlocks(): void {
  const host = location.hostname;
  startPicker(document, {
    save: async (selector) =>
      autoCleanFor(await addPickedSelector(host, selector, new Date()), host, knownPatterns()),
  });
}

const TYPES = ['malgeun:picker-ping', 'malgeun:start-picker'] as const;

function onMessage(msg: unknown): Promise<unknown> | undefined {
  if (!isMessage<ToPicker>(msg, TYPES)) return undefined;
  switch (msg.type) {
    case 'malgeun:picker-ping':
      return Promise.resolve({ ok: true, url: location.href });
    case 'malgeun:start-picker':
      pickBlocks();
      return Promise.resolve({ ok: true } satisfies OkReply);
  }
}

listenOnce('__malgeunPicker', onMessage);
