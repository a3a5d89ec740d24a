/**
 * A script injected on demand (page tools, the picker) listens for messages once per page: a second injection
 * finds the first one alive and adds nothing, unless that one was orphaned by an extension update (its
 * `runtime.id` is gone; see content/index.ts).
 */
import browser from './browser';

type Listener = (msg: unknown) => Promise<unknown> | undefined;

export function listenOnce(key: '__malgeunTools' | '__malgeunPicker', onMessage: Listener): void {
  const holder = globalThis as unknown as Record<string, { alive(): boolean } | undefined>;
  if (holder[key]?.alive()) return;
  holder[key] = {
    alive: () => {
      try {
        return !!browser.runtime?.id;
      } catch {
        return false;
      }
    },
  };
  browser.runtime.onMessage.addListener(onMessage);
}
