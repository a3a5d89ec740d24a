/**
 * The popup: a card of the article on the current tab (headline, outlet, reporters, times, section,
 * reading time, lead image, key quotes), the story itself below, and the actions.
 * Steps on open: find the tab -> refuse restricted pages -> inject content.js + page-tools.js if needed ->
 * ask for the clean-up state and the (cached) Article in parallel -> render.
 * `popup.html?tab=ID` works on that tab instead of the active one (browser tests open it in a tab).
 */
import { type ComponentChildren, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Quote } from '../core/types';
import browser from '../shared/browser';
import { findInString } from '../shared/find-text';
import { dateLanguage, formatArticleTime, formatReadingTime } from '../shared/format-date';
import { t, uiLanguage } from '../shared/i18n';
import { ensurePageTools, isRestrictedUrl } from '../shared/inject';
import type { ArticleData, ArticleReply, CleanupState, MarkdownReply, OkReply } from '../shared/messages';
import {
  autoCleanFor,
  knownPatterns,
  loadOptions,
  normalizeHost,
  type Options,
  updateSite,
} from '../shared/options';
import { safeHref, safeImageSrc, safeMailto } from '../shared/safe-url';
import type { StoryBlock } from '../shared/story-blocks';
import { FirstRun } from './first-run';
import { RuleMisfit } from './rule-misfit';

const openedAt = performance.now();
const params = new URLSearchParams(location.search);
const pinnedTab = params.has('tab') ? Number(params.get('tab')) : null;
const lang = uiLanguage();

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

/** A block's text with the key quotes it holds marked. */
function withQuotes(text: string, quotes: readonly Quote[]): ComponentChildren {
  for (const q of quotes) {
    const at = findInString(text, q.text);
    if (!at) continue;
    return (
      <>
        {text.slice(0, at[0])}
        <mark class="malgeun-key-quote" title={q.speaker ?? undefined}>
          {text.slice(at[0], at[1])}
        </mark>
        {withQuotes(text.slice(at[1]), quotes)}
      </>
    );
  }
  return text;
}

/** The story from the page as text-only blocks: nothing from the page is parsed as HTML here. */
function Story({ blocks, quotes, lang: l }: { blocks: StoryBlock[]; quotes: Quote[]; lang: string }) {
  return (
    <div class="story" data-testid="article-body" lang={l}>
      {blocks.map((b, i) => {
        const key = String(i);
        if (b.type === 'img') {
          const src = safeImageSrc(b.src);
          if (!src) return null;
          return (
            <figure key={key}>
              <img
                src={src}
                alt={b.alt}
                referrerpolicy="no-referrer"
                loading="lazy"
                decoding="async"
                onError={(e) => (e.currentTarget as HTMLImageElement).setAttribute('hidden', '')}
              />
              {b.caption && <figcaption>{b.caption}</figcaption>}
            </figure>
          );
        }
        if (b.type === 'h') return <h3 key={key}>{b.text}</h3>;
        if (b.type === 'quote') return <blockquote key={key}>{withQuotes(b.text, quotes)}</blockquote>;
        if (b.type === 'li')
          return (
            <p key={key} class="li">
              {withQuotes(b.text, quotes)}
            </p>
          );
        return <p key={key}>{withQuotes(b.text, quotes)}</p>;
      })}
    </div>
  );
}

function Time({
  iso,
  label,
  testid,
  dateLang,
}: {
  iso: string | null;
  label: string;
  testid: string;
  dateLang: string;
}) {
  if (!iso) return null;
  return (
    <span class="meta-item">
      {label}{' '}
      <time data-testid={testid} dateTime={iso} title={iso}>
        {formatArticleTime(iso, new Date(), dateLang)}
      </time>
    </span>
  );
}

function Card({ article, onQuote }: { article: ArticleData; onQuote: (text: string) => void }) {
  return (
    <section class="card" aria-label={article.title ?? ''}>
      {(article.publisher || article.section) && (
        <p class="kicker">
          {article.publisher && <span data-testid="outlet">{article.publisher}</span>}
          {article.section && (
            <span class="section" data-testid="section">
              {article.section}
            </span>
          )}
        </p>
      )}
      <h1 data-testid="title">{article.title || t('labelNoTitle')}</h1>
      {article.subtitle && <p class="subtitle">{article.subtitle}</p>}
      <p class="meta">
        {article.authors.length > 0 && (
          <span class="meta-item" data-testid="authors">
            {article.authors.map((a, i) => (
              <span data-testid="author" key={`${a.name}${i}`}>
                {i > 0 && ', '}
                {safeMailto(a.email) ? (
                  <a href={safeMailto(a.email) ?? undefined} title={a.email ?? undefined}>
                    {a.name || a.email}
                  </a>
                ) : (
                  a.name
                )}
              </span>
            ))}
          </span>
        )}
        <Time
          iso={article.publishedAt}
          label={t('labelPublished')}
          testid="published"
          dateLang={dateLanguage(article.lang, lang)}
        />
        {article.modifiedAt !== article.publishedAt && (
          <Time
            iso={article.modifiedAt}
            label={t('labelModified')}
            testid="modified"
            dateLang={dateLanguage(article.lang, lang)}
          />
        )}
        <span class="meta-item" data-testid="reading-time">
          {formatReadingTime(article.readingMinutes, lang)}
        </span>
      </p>
      {safeImageSrc(article.leadImage) && (
        <img
          class="lead"
          data-testid="lead-image"
          src={safeImageSrc(article.leadImage) ?? undefined}
          alt=""
          referrerpolicy="no-referrer"
          decoding="async"
        />
      )}
      {article.keyQuotes.length > 0 && (
        <div class="quotes" data-testid="key-quotes">
          <h2>{t('labelKeyQuotes')}</h2>
          <ul>
            {article.keyQuotes.map((q, i) => (
              <li key={`${i}${q.text.slice(0, 12)}`} data-testid="key-quote">
                <button type="button" class="quote" onClick={() => onQuote(q.text)}>
                  <q data-testid="quote-text">{q.text}</q>
                  <span class="speaker" data-testid="quote-speaker">
                    {q.speaker ?? t('labelUnknownSpeaker')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function Popup() {
  const [phase, setPhase] = useState<Phase>('loading');
  const [tabId, setTabId] = useState<number | null>(null);
  const [host, setHost] = useState('');
  const [article, setArticle] = useState<ArticleData | null>(null);
  const [blocks, setBlocks] = useState<StoryBlock[]>([]);
  const [cleanup, setCleanup] = useState<CleanupState | null>(null);
  const [options, setOptions] = useState<Options | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState('');
  const [renderMs, setRenderMs] = useState<number | null>(null);

  useEffect(() => {
    (async () => {
      const tab = await findTab();
      setTabId(tab.id);
      // A tab URL is unknown only when we lack access to it; injection then decides.
      if (tab.url !== undefined && isRestrictedUrl(tab.url)) {
        setPhase('restricted');
        return;
      }
      const optionsRead = loadOptions();
      try {
        await ensurePageTools(tab.id);
      } catch {
        setPhase('restricted');
        return;
      }
      const opts = await optionsRead;
      setOptions(opts);
      const [state, reply] = await Promise.all([
        browser.tabs.sendMessage(tab.id, { type: 'malgeun:get-state' }) as Promise<CleanupState>,
        browser.tabs.sendMessage(tab.id, {
          type: 'malgeun:get-article',
          options: opts.export,
        }) as Promise<ArticleReply>,
      ]);
      setCleanup(state);
      setHost(new URL(state.url).hostname);
      setArticle(reply.article);
      setBlocks(reply.blocks);
      // "Nothing was hidden" must stay true: a page the clean-up treated as an article is shown as one.
      setPhase(reply.article.isArticle || state.hidden > 0 ? 'article' : 'not-article');
    })().catch((e: unknown) => {
      setError(errorText(e));
      setPhase('error');
    });
  }, []);

  useEffect(() => {
    if (phase !== 'loading' && renderMs === null) setRenderMs(performance.now() - openedAt);
  }, [phase, renderMs]);

  const send = <R,>(msg: object) => browser.tabs.sendMessage(tabId as number, msg) as Promise<R>;
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
      const md = await getMarkdown();
      await navigator.clipboard.writeText(md.markdown);
      setStatus({ kind: 'ok', text: t('statusCopied') });
    } catch (e) {
      setStatus({ kind: 'error', text: t('statusFailed', errorText(e)) });
    }
  };
  const save = async () => {
    try {
      const md = await getMarkdown();
      const reply = (await browser.runtime.sendMessage({ type: 'malgeun:download', ...md })) as OkReply;
      if (!reply?.ok) throw new Error(reply?.error ?? 'download failed');
      setStatus({ kind: 'ok', text: `${t('statusSaved')}: ${md.filename}` });
    } catch (e) {
      setStatus({ kind: 'error', text: t('statusFailed', errorText(e)) });
    }
  };
  const toggleClean = async () => {
    const next = await send<CleanupState>({ type: cleanup?.active ? 'malgeun:restore' : 'malgeun:clean' });
    setCleanup(next);
  };
  const autoOn = options ? autoCleanFor(options, host, knownPatterns()) : false;
  const toggleAuto = (e: Event) => {
    const on = (e.currentTarget as HTMLInputElement).checked;
    const origin = `*://${normalizeHost(host)}/*`;
    // permissions.request must run inside the click, before anything async.
    const granted = on ? browser.permissions.request({ origins: [origin] }) : Promise.resolve(true);
    (async () => {
      // Saved at once: Firefox may close the popup for the permission prompt, and the background registers
      // the site when the permission arrives. A refusal puts the old choice back.
      const before = options?.sites[normalizeHost(host)]?.auto;
      setOptions(await updateSite(host, { auto: on }));
      if (on && !(await granted.catch(() => false))) {
        setOptions(await updateSite(host, { auto: before }));
        setStatus({ kind: 'error', text: t('statusPermission') });
        return;
      }
      await browser.runtime.sendMessage({ type: 'malgeun:sync-sites' }).catch(() => undefined);
      setCleanup(await send<CleanupState>({ type: on ? 'malgeun:clean' : 'malgeun:restore' }));
    })().catch((err: unknown) => setStatus({ kind: 'error', text: t('statusFailed', errorText(err)) }));
  };
  const scrollToQuote = (text: string) =>
    void send({ type: 'malgeun:scroll-to-quote', text }).catch(() => undefined);

  return (
    <main id="malgeun-popup" data-state={phase} lang={lang}>
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
          {t('popupError', error)}
        </p>
      )}
      {phase === 'not-article' && (
        <div class="message" data-testid="not-article">
          <p>{t('popupNotArticle')}</p>
          <button
            type="button"
            class="primary"
            data-testid="btn-reader-anyway"
            onClick={() => openReader(true)}
          >
            {t('popupReaderAnyway')}
          </button>
        </div>
      )}
      {phase === 'article' && article && (
        <>
          <nav class="actions" aria-label={t('extShortName')}>
            <button type="button" class="primary" data-testid="btn-reader" onClick={() => openReader()}>
              {t('btnReader')}
            </button>
            <button type="button" data-testid="btn-copy-md" onClick={copy}>
              {t('btnCopyMd')}
            </button>
            <button type="button" data-testid="btn-save-md" onClick={save}>
              {t('btnSaveMd')}
            </button>
            <button
              type="button"
              data-testid="btn-restore"
              data-active={cleanup?.active ? 'true' : 'false'}
              onClick={toggleClean}
            >
              {cleanup?.active ? t('btnRestore') : t('btnClean')}
            </button>
          </nav>
          <div class="cleanup">
            <label class="switch" title={options?.autoClean === false ? t('optAutoGlobal') : undefined}>
              <input
                type="checkbox"
                data-testid="toggle-auto"
                checked={autoOn}
                disabled={!host || options?.autoClean === false}
                onChange={toggleAuto}
              />
              {t('toggleAuto')}
            </label>
            <span data-testid="hidden-count" data-count={cleanup?.hidden ?? 0}>
              {cleanup?.hidden ? t('hiddenCount', String(cleanup.hidden)) : t('hiddenNone')}
            </span>
            {cleanup?.capReached && (
              <p class="warn" data-testid="cap-reached">
                {t('capReached')}
              </p>
            )}
            <RuleMisfit state={cleanup} />
          </div>
          {status && (
            <p class={`status ${status.kind}`} data-testid="status" data-kind={status.kind} role="status">
              {status.text}
            </p>
          )}
          <Card article={article} onQuote={scrollToQuote} />
          <Story blocks={blocks} quotes={article.keyQuotes} lang={article.lang ?? 'ko'} />
          {safeHref(article.originalUrl || article.url) && (
            <p class="original">
              <a
                href={safeHref(article.originalUrl || article.url) ?? undefined}
                target="_blank"
                rel="noopener noreferrer"
              >
                {t('labelOriginal')} ↗
              </a>
            </p>
          )}
        </>
      )}
      {phase !== 'loading' && <FirstRun options={options} />}
      <footer class="foot">
        <button
          type="button"
          class="link"
          data-testid="btn-options"
          onClick={() => browser.runtime.openOptionsPage()}
        >
          {t('btnOptions')}
        </button>
        {renderMs !== null && (
          <span class="timing" data-testid="extract-ms" data-ms={renderMs.toFixed(1)}>
            {Math.round(renderMs)} ms
          </span>
        )}
      </footer>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);
