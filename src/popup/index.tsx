/**
 * The popup: the actions in one row, the clean-up line, the article card (outlet · section, kicker,
 * headline, deck once, reporters, times, reading time), a one-line key-quotes strip, then the story.
 * A page that is not an article gets its own state: what it is, why, and what can be done anyway.
 * Steps on open: find the tab -> refuse restricted pages -> inject content.js + page-tools.js if needed ->
 * ask for the clean-up state and the (cached) Article in parallel -> render.
 * `popup.html?tab=ID` works on that tab instead of the active one (browser tests open it in a tab; the page
 * then flows to the tab's width). `&timing` adds the time to first render as an attribute, for the bench (test builds only).
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

type Send = <R>(msg: object) => Promise<R>;
type Say = (status: Status) => void;

const failure = (e: unknown): Status => ({ kind: 'error', text: t('statusFailed', errorText(e)) });

/** Markdown to the clipboard or to a file; the outcome goes to the status line. */
function exportActions(send: Send, options: Options | null, say: Say) {
  const getMarkdown = () => send<MarkdownReply>({ type: 'malgeun:get-markdown', options: options?.export });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText((await getMarkdown()).markdown);
      say({ kind: 'ok', text: t('statusCopied') });
    } catch (e) {
      say(failure(e));
    }
  };
  const save = async () => {
    try {
      const md = await getMarkdown();
      const answer = (await browser.runtime.sendMessage({ type: 'malgeun:download', ...md })) as OkReply;
      if (!answer?.ok) throw new Error(answer?.error ?? 'download failed');
      say({ kind: 'ok', text: `${t('statusSaved')}: ${md.filename}` });
    } catch (e) {
      say(failure(e));
    }
  };
  return { copy, save };
}

type PopupData = ReturnType<typeof usePopupData>;

/** The site's automatic clean-up switched from the popup (the handler of the switch's change event). */
function autoToggle(d: PopupData, send: Send, say: Say) {
  return (e: Event) => {
    const on = (e.currentTarget as HTMLInputElement).checked;
    const origin = `*://${normalizeHost(d.host)}/*`;
    // permissions.request must run inside the click, before anything async.
    const granted = on ? browser.permissions.request({ origins: [origin] }) : Promise.resolve(true);
    (async () => {
      // Saved at once: Firefox may close the popup for the permission prompt, and the background registers
      // the site when the permission arrives. A refusal puts the old choice back.
      const before = d.options?.sites[normalizeHost(d.host)]?.auto;
      d.setOptions(await updateSite(d.host, { auto: on }));
      if (on && !(await granted.catch(() => false))) {
        d.setOptions(await updateSite(d.host, { auto: before }));
        say({ kind: 'error', text: t('statusPermission') });
        return;
      }
      await browser.runtime.sendMessage({ type: 'malgeun:sync-sites' }).catch(() => undefined);
      d.setCleanup(await send<CleanupState>({ type: on ? 'malgeun:clean' : 'malgeun:restore' }));
    })().catch((e: unknown) => say(failure(e)));
  };
}

/** What the popup's buttons do on the tab; `onCleaned` hears of a clean-up asked for on a not-article page. */
function popupActions(d: PopupData, say: Say, onCleaned: () => void) {
  const send = <R,>(msg: object) => browser.tabs.sendMessage(d.tabId as number, msg) as Promise<R>;
  const fail = (e: unknown) => say(failure(e));
  const closeSoon = () => {
    if (pinnedTab === null) window.close();
  };
  return {
    ...exportActions(send, d.options, say),
    openReader: async (force = false) => {
      await send({ type: 'malgeun:open-reader', force });
      closeSoon();
    },
    toggleClean: async () => {
      d.setCleanup(
        await send<CleanupState>({ type: d.cleanup?.active ? 'malgeun:restore' : 'malgeun:clean' }),
      );
    },
    cleanAnyway: async () => {
      try {
        d.setCleanup(await send<CleanupState>({ type: 'malgeun:clean' }));
        onCleaned();
      } catch (e) {
        fail(e);
      }
    },
    toggleAuto: autoToggle(d, send, say),
    // The picker has its own bundle: injected here on first use (a failure is said, not swallowed).
    pickBlocks: () =>
      void askPicker(d.tabId as number, { type: 'malgeun:start-picker' }).then(closeSoon, fail),
    scrollToQuote: (text: string) =>
      void send({ type: 'malgeun:scroll-to-quote', text }).catch(() => undefined),
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}

type Actions = ReturnType<typeof popupActions>;

/**
 * In a test build (`build.mjs --test`) with `?timing`, the time from opening to the first rendered state (for
 * the bench); the product build never measures it (house style 13).
 */
function useRenderTiming(phase: Phase): string | undefined {
  const [renderMs, setRenderMs] = useState<number | null>(null);
  useEffect(() => {
    if (__MALGEUN_TEST__ && phase !== 'loading' && renderMs === null)
      setRenderMs(performance.now() - openedAt);
  }, [phase, renderMs]);
  return __MALGEUN_TEST__ && params.has('timing') && renderMs !== null ? renderMs.toFixed(1) : undefined;
}

function PhaseMessage({ phase, error }: { phase: Phase; error: string }) {
  if (phase === 'loading')
    return (
      <p class="message" role="status">
        {t('popupLoading')}
      </p>
    );
  if (phase === 'restricted')
    return (
      <p class="message" data-testid="restricted" role="status">
        {t('popupRestricted')}
      </p>
    );
  if (phase === 'error')
    return (
      <p class="message error" data-testid="error" role="alert">
        {t('popupError', error)}
      </p>
    );
  return null;
}

function NotArticleView(props: {
  d: PopupData;
  article: ArticleData;
  actions: Actions;
  cleanedOnce: boolean;
}) {
  const { d, article, actions } = props;
  const hidden = d.cleanup?.hidden;
  const cleanedText = props.cleanedOnce
    ? hidden
      ? t('hiddenCount', String(hidden))
      : t('hiddenNone')
    : null;
  return (
    <NotArticle
      kind={pageKindOf(article)}
      host={d.host}
      onClean={actions.cleanAnyway}
      onReader={() => actions.openReader(true)}
      cleanedText={cleanedText}
    >
      <div class="cleanup">
        <AutoSwitch options={d.options} host={d.host} onChange={actions.toggleAuto} />
      </div>
    </NotArticle>
  );
}

function ArticleView(props: { d: PopupData; article: ArticleData; actions: Actions; status: Status | null }) {
  const { d, article, actions, status } = props;
  const view = storyView(article, d.reply?.blocks ?? []);
  const original = safeHref(article.originalUrl || article.url);
  const menu: MenuItem[] = [
    { testid: 'btn-save-md', label: t('btnSaveMd'), onSelect: actions.save },
    { testid: 'btn-picker', label: t('btnPicker'), onSelect: actions.pickBlocks },
    { testid: 'btn-options', label: t('btnOptions'), onSelect: actions.openOptions },
  ];
  return (
    <>
      <div class="top">
        <ActionBar menu={menu}>
          <button type="button" class="primary" data-testid="btn-reader" onClick={() => actions.openReader()}>
            {t('btnReader')}
          </button>
          <button type="button" data-testid="btn-copy-md" onClick={actions.copy}>
            {t('btnCopyMd')}
          </button>
        </ActionBar>
        <CleanupLine cleanup={d.cleanup} onToggle={actions.toggleClean}>
          <AutoSwitch options={d.options} host={d.host} onChange={actions.toggleAuto} />
        </CleanupLine>
        {status && (
          <p class={`status ${status.kind}`} data-testid="status" data-kind={status.kind} role="status">
            {status.text}
          </p>
        )}
        <RuleMisfit state={d.cleanup} />
      </div>
      <Card article={article} lang={lang} showLead={view.showLead} />
      <KeyQuotes quotes={article.keyQuotes} onQuote={actions.scrollToQuote} />
      <Story blocks={view.story} quotes={article.keyQuotes} lang={article.lang ?? 'ko'} />
      {original && (
        <p class="original">
          <a href={original} target="_blank" rel="noopener noreferrer">
            {t('labelOriginal')} ↗
          </a>
        </p>
      )}
    </>
  );
}

function Popup() {
  const d = usePopupData();
  const [status, setStatus] = useState<Status | null>(null);
  const [cleanedOnce, setCleanedOnce] = useState(false);
  const timing = useRenderTiming(d.phase);
  const actions = popupActions(d, setStatus, () => setCleanedOnce(true));
  const { phase, options } = d;
  const article = d.reply?.article ?? null;
  return (
    <main id="malgeun-popup" data-state={phase} data-render-ms={timing}>
      <PhaseMessage phase={phase} error={d.error} />
      {phase === 'not-article' && article && (
        <NotArticleView d={d} article={article} actions={actions} cleanedOnce={cleanedOnce} />
      )}
      {phase === 'article' && article && (
        <ArticleView d={d} article={article} actions={actions} status={status} />
      )}
      {phase !== 'loading' && <FirstRun options={options} />}
      {phase !== 'article' && phase !== 'loading' && (
        <footer class="foot">
          <button type="button" class="link" data-testid="btn-options" onClick={actions.openOptions}>
            {t('btnOptions')}
          </button>
        </footer>
      )}
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);
