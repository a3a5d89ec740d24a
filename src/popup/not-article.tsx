/**
 * A page that is not an article: what it is (section page, search, home, list, not Korean news), why we
 * leave it alone, and what can be done anyway: clean it, read it in the reader, switch the site on.
 */
import type { ComponentChildren } from 'preact';
import type { PageKind } from '../shared/article-view';
import { t } from '../shared/i18n';

const GLYPH: Record<PageKind, string> = {
  article: '¶',
  section: '☰',
  search: '⌕',
  home: '⌂',
  list: '☰',
  'not-news': '∅',
  empty: '¶',
};

const KEY: Record<PageKind, string> = {
  article: 'Empty',
  section: 'Section',
  search: 'Search',
  home: 'Home',
  list: 'List',
  'not-news': 'NotNews',
  empty: 'Empty',
};

export function NotArticle({
  kind,
  host,
  onClean,
  onReader,
  cleanedText,
  children,
}: {
  kind: PageKind;
  host: string;
  onClean: () => void;
  onReader: () => void;
  /** What the clean-up did, once asked. */
  cleanedText: string | null;
  /** The site switch (and anything else the page offers). */
  children?: ComponentChildren;
}) {
  return (
    <section class="not-article" data-testid="not-article" data-kind={kind}>
      <div class="kind-head">
        <span class="glyph" aria-hidden="true">
          {GLYPH[kind]}
        </span>
        <div>
          {host && <p class="host">{host}</p>}
          <h1 data-testid="page-kind">{t(`kind${KEY[kind]}`)}</h1>
        </div>
      </div>
      <p class="why" data-testid="page-kind-why">
        {t(`kind${KEY[kind]}Why`)}
      </p>
      <div class="choices">
        <button type="button" class="primary" data-testid="btn-clean-anyway" onClick={onClean}>
          {t('btnCleanAnyway')}
        </button>
        <button type="button" data-testid="btn-reader-anyway" onClick={onReader}>
          {t('popupReaderAnyway')}
        </button>
      </div>
      {cleanedText && (
        <p class="cleaned" role="status" data-testid="cleaned">
          {cleanedText}
        </p>
      )}
      {children}
    </section>
  );
}
