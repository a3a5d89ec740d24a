// @vitest-environment jsdom
// The popup's small parts: the quiet rule-misfit line, and the first-run card that offers the all-sites mode.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { FirstRun } from '../../src/popup/first-run';
import { RuleMisfit } from '../../src/popup/rule-misfit';
import browser from '../../src/shared/browser';
import type { CleanupState } from '../../src/shared/messages';
import { defaultOptions, loadOptions } from '../../src/shared/options';

// biome-ignore lint/suspicious/noExplicitAny: the mock's extra fields are not in the polyfill's types
const mock = browser as any;
const q = (id: string) => document.querySelector(`[data-testid=${id}]`);
const mount = (vnode: preact.ComponentChild) => {
  document.body.innerHTML = '<div id="app"></div>';
  render(vnode, document.getElementById('app') as HTMLElement);
};

describe('popup parts', () => {
  it('says quietly when the site rule found nothing, and nothing otherwise', () => {
    const state = { ruleMisfit: true } as CleanupState;
    mount(<RuleMisfit state={state} />);
    expect(q('rule-misfit')?.textContent).toBe('ruleMisfit');
    mount(<RuleMisfit state={{ ...state, ruleMisfit: false }} />);
    expect(q('rule-misfit')).toBeNull();
  });

  it('offers the all-sites mode once: 켜기 asks for the permission and switches it on; 나중에 is remembered', async () => {
    await browser.storage.local.clear();
    await browser.storage.sync.clear();
    const asked: unknown[] = [];
    mock.permissions.request = async (p: unknown) => {
      asked.push(p);
      return true;
    };
    mount(<FirstRun options={defaultOptions()} />);
    await vi.waitFor(() => expect(q('first-run')).not.toBeNull());
    (q('first-run-on') as HTMLButtonElement).click();
    await vi.waitFor(async () => expect((await loadOptions()).allSites).toBe(true));
    expect(asked).toEqual([{ origins: ['*://*/*'] }]);
    await vi.waitFor(() => expect(q('first-run')).toBeNull());
    // Answered: never shown again.
    mount(<FirstRun options={defaultOptions()} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(q('first-run')).toBeNull();
  });
});
