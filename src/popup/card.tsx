/**
 * The article card: outlet · section, kicker, headline, deck (once), reporters, times and reading time.
 * Times and the reading time never break inside (`오후 5:12`, `3분 분량` stay whole).
 */

import { kickerOf, shownAuthors } from '../shared/article-view';
import { formatArticleTime, formatReadingTime } from '../shared/format-date';
import { t } from '../shared/i18n';
import type { ArticleData } from '../shared/messages';
import { safeImageSrc, safeMailto } from '../shared/safe-url';

function Time({
  iso,
  label,
  testid,
  lang,
}: {
  iso: string | null;
  label: string;
  testid: string;
  lang: string;
}) {
  if (!iso) return null;
  return (
    <span class="meta-item nowrap">
      {label}{' '}
      <time data-testid={testid} dateTime={iso} title={iso}>
        {formatArticleTime(iso, new Date(), lang)}
      </time>
    </span>
  );
}

function Authors({ article }: { article: ArticleData }) {
  const authors = shownAuthors(article.authors);
  if (!authors.length) return null;
  return (
    <span class="meta-item" data-testid="authors">
      {authors.map((a, i) => {
        const mail = safeMailto(a.email);
        return (
          <span class="nowrap" data-testid="author" key={`${a.name}${i}`}>
            {i > 0 && ', '}
            {mail ? (
              <a href={mail} title={a.email ?? undefined}>
                {a.name || a.email}
              </a>
            ) : (
              a.name
            )}
          </span>
        );
      })}
    </span>
  );
}

export function Card({
  article,
  lang,
  showLead,
}: {
  article: ArticleData;
  lang: string;
  /** The lead image as a thumbnail, when the story does not show it already. */
  showLead: boolean;
}) {
  const kicker = kickerOf(article);
  const lead = showLead ? safeImageSrc(article.leadImage) : null;
  return (
    <section class="card" aria-label={article.title ?? ''}>
      {(article.publisher || article.section) && (
        <p class="source">
          {article.publisher && <span data-testid="outlet">{article.publisher}</span>}
          {article.section && (
            <span class="section" data-testid="section">
              {article.section}
            </span>
          )}
        </p>
      )}
      {lead && (
        <img
          class="thumb"
          data-testid="lead-image"
          src={lead}
          alt=""
          referrerpolicy="no-referrer"
          decoding="async"
          onError={(e) => (e.currentTarget as HTMLElement).setAttribute('hidden', '')}
        />
      )}
      {kicker && (
        <p class="kicker" data-testid="kicker">
          {kicker}
        </p>
      )}
      <h1 data-testid="title">{article.title || t('labelNoTitle')}</h1>
      {article.subtitle && (
        <p class="deck" data-testid="deck">
          {article.subtitle}
        </p>
      )}
      <p class="meta">
        <Authors article={article} />
        <Time iso={article.publishedAt} label={t('labelPublished')} testid="published" lang={lang} />
        {article.modifiedAt !== article.publishedAt && (
          <Time iso={article.modifiedAt} label={t('labelModified')} testid="modified" lang={lang} />
        )}
        <span class="meta-item nowrap" data-testid="reading-time">
          {formatReadingTime(article.readingMinutes, lang)}
        </span>
      </p>
    </section>
  );
}
