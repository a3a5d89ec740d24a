/**
 * The popup: the actions in one row, the clean-up line, the article card (outlet · section, kicker,
 * headline, deck once, reporters, times, reading time), a one-line key-quotes strip, then the story.
 * A page that is not an article gets its own state: what it is, why, and what can be done anyway.
 * Steps on open: find the tab -> refuse restricted pages -> inject content.js + page-tools.js if needed ->
 * ask for the clean-up state and the (cached) Article in parallel -> render.
 * `popup.html?tab=ID` works on that tab instead of the active one (browser tests open it in a tab; the page
 * then flows to the tab's width). `&timing` adds the time to first render as an attribute, for the bench.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { deckRepeats, pageKindOf } from '../shared/article-view';
import browser from '../shared/browser';
import { t, uiLanguage } from '../shared/i18n';
import { askPicker, ensurePageTools, isRestrictedUrl } from '../shared/inject';
import type { ArticleData, ArticleReply, CleanupState, MarkdownReply, OkReply } from '../shared/messages';
import {
  autoCleanFor,
  knownPatterns,
  loadOptions,
  normalizeHost,
  type Options,
  updateSite,
} from '../shared/options';
import { safeHref } from '../shared/safe-url';
import { type StoryBlock, storyBlockText } from '../shared/story-blocks';
import { ActionBar, type MenuItem } from './actions';
import { Card } from './card';
import { FirstRun } from './first-run';
import { KeyQuotes } from './key-quotes';
import { NotArticle } from './not-article';
import { RuleMisfit } from './rule-misfit';
import { Story } from './story';

const openedAt = performance.now();
const params = new URLSearchParams(location.search);
const pinnedTab = params.has('tab') ? Number(params.get('tab')) : null;
const lang = uiLanguage();
document.documentElement.lang = lang;
if (pinnedTab !== null) document.documentElement.classList.add('in-tab');

type Phase = 'loading' | 'article' | 'not-article' | 'restricted' | 'error';

interface Status {
  kind: 'ok' | 'error';
  text: string;
}

async function findTab(): Promise<{ id: number; url?: string }> {
  if (pinnedTab !== null && Number.isFinite(pinnedTab)) {
    const tab = await browser.tabs.get(pinnedTab);
    return { id: pinnedTab, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return { id: tab.id, url: tab.url };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The story without the deck's repeat, and whether the card should show the lead image. */
function storyView(article: ArticleData, blocks: StoryBlock[]) {
  const texts = blocks.map(storyBlockText);
  const firstText = texts.findIndex((x) => x);
  const skip = firstText < 0 ? 0 : deckRepeats(article.subtitle, texts.slice(firstText));
  const story = skip ? blocks.filter((_, i) => i < firstText || i >= firstText + skip) : blocks;
  const leadInStory = story.some((b) => b.type === 'img' && b.src === article.leadImage);
  return { story, showLead: !leadInStory && !story.some((b) => b.type === 'img') };
}

function CleanupLine({
  cleanup,
  onToggle,
  children,
}: {
  cleanup: CleanupState | null;
  onToggle: () => void;
  children: preact.ComponentChildren;
}) {
  const hidden = cleanup?.hidden ?? 0;
  return (
    <div class="cleanup">
      {children}
      <span class="count">
        <span data-testid="hidden-count" data-count={hidden}>
          {cleanup?.active && hidden
            ? t('hiddenCount', String(hidden))
            : cleanup?.active
              ? t('hiddenNone')
              : t('hiddenShown')}
        </span>
        <button
          type="button"
          class="link"
          data-testid="btn-restore"
          data-active={cleanup?.active ? 'true' : 'false'}
          onClick={onToggle}
        >
          {cleanup?.active ? t('btnRestore') : t('btnClean')}
        </button>
      </span>
      {cleanup?.capReached && (
        <p class="warn" data-testid="cap-reached">
          {t('capReached')}
        </p>
      )}
    </div>
  );
}

function AutoSwitch({
  options,
  host,
  onChange,
}: {
  options: Options | null;
  host: string;
  onChange: (e: Event) => void;
}) {
  const on = options ? autoCleanFor(options, host, knownPatterns()) : false;
  const globalOff = options?.autoClean === false;
  return (
    <label class="switch" title={globalOff ? t('optAutoGlobal') : undefined}>
      <input
        type="checkbox"
        data-testid="toggle-auto"
        checked={on}
        disabled={!host || globalOff}
        onChange={onChange}
      />
      {t('toggleAuto')}
    </label>
  );
}

function usePopupData() {
  const [phase, setPhase] = useState<Phase>('loading');
  const [tabId, setTabId] = useState<number | null>(null);
  const [host, setHost] = useState('');
  const [reply, setReply] = useState<ArticleReply | null>(null);
  const [cleanup, setCleanup] = useState<CleanupState | null>(null);
  const [options, setOptions] = useState<Options | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    (async () => {
      const tab = await findTab();
      setTabId(tab.id);
      // A tab URL is unknown only when we lack access to it; injection then decides.
      if (tab.url !== undefined && isRestrictedUrl(tab.url)) return setPhase('restricted');
      const optionsRead = loadOptions();
      try {
        await ensurePageTools(tab.id);
      } catch {
        return setPhase('restricted');
      }
      const opts = await optionsRead;
      setOptions(opts);
      const [state, answer] = await Promise.all([
        browser.tabs.sendMessage(tab.id, { type: 'malgeun:get-state' }) as Promise<CleanupState>,
        browser.tabs.sendMessage(tab.id, {
          type: 'malgeun:get-article',
          options: opts.export,
        }) as Promise<ArticleReply>,
      ]);
      setCleanup(state);
      setHost(new URL(state.url).hostname);
      setReply(answer);
      // "Nothing was hidden" must stay true: a page the clean-up treated as an article is shown as one.
      setPhase(answer.article.isArticle || state.hidden > 0 ? 'article' : 'not-article');
    })().catch((e: unknown) => {
      setError(errorText(e));
      setPhase('error');
    });
  }, []);
  return { phase, tabId, host, reply, cleanup, setCleanup, options, setOptions, error };
}

function Popup() {
  const d = usePopupData();
  const { phase, host, reply, cleanup, options } = d;
  const [status, setStatus] = useState<Status | null>(null);
  const [renderMs, setRenderMs] = useState<number | null>(null);
  const [cleanedOnce, setCleanedOnce] = useState(false);

  useEffect(() => {
    if (phase !== 'loading' && renderMs === null) setRenderMs(performance.now() - openedAt);
  }, [phase, renderMs]);

  const send = <R,>(msg: object) => browser.tabs.sendMessage(d.tabId as number, msg) as Promise<R>;
  const fail = (e: unknown) => setStatus({ kind: 'error', text: t('statusFailed', errorText(e)) });
  const closeSoon = () => {
    if (pinnedTab === null) window.close();
  };
  const openReader = async (force = false) => {
    await send({ type: 'malgeun:open-reader', force });
    closeSoon();
  };
  const getMarkdown = () => send<MarkdownReply>({ type: 'malgeun:get-markdown', options: options?.export });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText((await getMarkdown()).markdown);
      setStatus({ kind: 'ok', text: t('statusCopied') });
    } catch (e) {
      fail(e);
    }
  };
  const save = async () => {
    try {
      const md = await getMarkdown();
      const answer = (await browser.runtime.sendMessage({ type: 'malgeun:download', ...md })) as OkReply;
      if (!answer?.ok) throw new Error(answer?.error ?? 'download failed');
      setStatus({ kind: 'ok', text: `${t('statusSaved')}: ${md.filename}` });
    } catch (e) {
      fail(e);
    }
  };
  const toggleClean = async () => {
    d.setCleanup(await send<CleanupState>({ type: cleanup?.active ? 'malgeun:restore' : 'malgeun:clean' }));
  };
  const cleanAnyway = async () => {
    try {
      d.setCleanup(await send<CleanupState>({ type: 'malgeun:clean' }));
      setCleanedOnce(true);
    } catch (e) {
      fail(e);
    }
  };
  const toggleAuto = (e: Event) => {
    const on = (e.currentTarget as HTMLInputElement).checked;
    const origin = `*://${normalizeHost(host)}/*`;
    // permissions.request must run inside the click, before anything async.
    const granted = on ? browser.permissions.request({ origins: [origin] }) : Promise.resolve(true);
    (async () => {
      // Saved at once: Firefox may close the popup for the permission prompt, and the background registers
      // the site when the permission arrives. A refusal puts the old choice back.
      const before = options?.sites[normalizeHost(host)]?.auto;
      d.setOptions(await updateSite(host, { auto: on }));
      if (on && !(await granted.catch(() => false))) {
        d.setOptions(await updateSite(host, { auto: before }));
        setStatus({ kind: 'error', text: t('statusPermission') });
        return;
      }
      await browser.runtime.sendMessage({ type: 'malgeun:sync-sites' }).catch(() => undefined);
      d.setCleanup(await send<CleanupState>({ type: on ? 'malgeun:clean' : 'malgeun:restore' }));
    })().catch(fail);
  };
  // The picker has its own bundle: injected here on first use (a failure is said, not swallowed).
  const pickBlocks = () =>
    void askPicker(d.tabId as number, { type: 'malgeun:start-picker' }).then(closeSoon, fail);
  const scrollToQuote = (text: string) =>
    void send({ type: 'malgeun:scroll-to-quote', text }).catch(() => undefined);
  const openOptions = () => void browser.runtime.openOptionsPage();

  const menu: MenuItem[] = [
    { testid: 'btn-save-md', label: t('btnSaveMd'), onSelect: save },
    { testid: 'btn-picker', label: t('btnPicker'), onSelect: pickBlocks },
    { testid: 'btn-options', label: t('btnOptions'), onSelect: openOptions },
  ];
  const article = reply?.article ?? null;
  const view = article && reply ? storyView(article, reply.blocks) : null;
  const original = article ? safeHref(article.originalUrl || article.url) : null;
  const timing = params.has('timing') && renderMs !== null ? renderMs.toFixed(1) : undefined;

  return (
    <main id="malgeun-popup" data-state={phase} data-render-ms={timing}>
      {phase === 'loading' && (
        <p class="message" role="status">
          {t('popupLoading')}
        </p>
      )}
      {phase === 'restricted' && (
        <p class="message" data-testid="restricted" role="status">
          {t('popupRestricted')}
        </p>
      )}
      {phase === 'error' && (
        <p class="message error" data-testid="error" role="alert">
          {t('popupError', d.error)}
        </p>
      )}
      {phase === 'not-article' && article && (
        <NotArticle
          kind={pageKindOf(article)}
          host={host}
          onClean={cleanAnyway}
          onReader={() => openReader(true)}
          cleanedText={
            cleanedOnce
              ? cleanup?.hidden
                ? t('hiddenCount', String(cleanup.hidden))
                : t('hiddenNone')
              : null
          }
        >
          <div class="cleanup">
            <AutoSwitch options={options} host={host} onChange={toggleAuto} />
          </div>
        </NotArticle>
      )}
      {phase === 'article' && article && view && (
        <>
          <div class="top">
            <ActionBar menu={menu}>
              <button type="button" class="primary" data-testid="btn-reader" onClick={() => openReader()}>
                {t('btnReader')}
              </button>
              <button type="button" data-testid="btn-copy-md" onClick={copy}>
                {t('btnCopyMd')}
              </button>
            </ActionBar>
            <CleanupLine cleanup={cleanup} onToggle={toggleClean}>
              <AutoSwitch options={options} host={host} onChange={toggleAuto} />
            </CleanupLine>
            {status && (
              <p class={`status ${status.kind}`} data-testid="status" data-kind={status.kind} role="status">
                {status.text}
              </p>
            )}
            <RuleMisfit state={cleanup} />
          </div>
          <Card article={article} lang={lang} showLead={view.showLead} />
          <KeyQuotes quotes={article.keyQuotes} onQuote={scrollToQuote} />
          <Story blocks={view.story} quotes={article.keyQuotes} lang={article.lang ?? 'ko'} />
          {original && (
            <p class="original">
              <a href={original} target="_blank" rel="noopener noreferrer">
                {t('labelOriginal')} ↗
              </a>
            </p>
          )}
        </>
      )}
      {phase !== 'loading' && <FirstRun options={options} />}
      {phase !== 'article' && phase !== 'loading' && (
        <footer class="foot">
          <button type="button" class="link" data-testid="btn-options" onClick={openOptions}>
            {t('btnOptions')}
          </button>
        </footer>
      )}
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);
