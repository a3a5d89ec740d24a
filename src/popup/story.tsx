/** The story from the page as text-only blocks: nothing from the page is parsed as HTML here. */
import type { ComponentChildren } from 'preact';
import type { Quote } from '../core/types';
import { findInString } from '../shared/find-text';
import { safeImageSrc } from '../shared/safe-url';
import type { StoryBlock } from '../shared/story-blocks';

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

/** A photo; when it fails to load the whole figure goes, so no caption is left without its picture. */
function Figure({ src, alt, caption }: { src: string; alt: string; caption: string | null }) {
  return (
    <figure>
      <img
        src={src}
        alt={alt}
        referrerpolicy="no-referrer"
        loading="lazy"
        decoding="async"
        onError={(e) => (e.currentTarget as HTMLElement).closest('figure')?.setAttribute('hidden', '')}
      />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

type TableBlock = Extract<StoryBlock, { type: 'table' }>;

/** Cells longer than this wrap (at a readable width); shorter ones stay on one line, so rows stay one line high. */
const WRAP_CELL = 24;

/** A data table in its own sideways-scrolling box, so a wide table never widens the popup. */
function Table({ rows, header, caption }: TableBlock) {
  const [first, ...rest] = rows;
  const row = (cells: string[], r: number, Cell: 'td' | 'th') => (
    <tr key={String(r)}>
      {cells.map((c, i) => (
        <Cell key={String(i)} class={c.length > WRAP_CELL ? 'wrap' : undefined}>
          {c}
        </Cell>
      ))}
    </tr>
  );
  return (
    // Focusable, so a keyboard can scroll a wide table.
    <section class="table-scroll" tabindex={0} aria-label={caption ?? undefined}>
      <table>
        {caption && <caption>{caption}</caption>}
        {header && first && <thead>{row(first, 0, 'th')}</thead>}
        <tbody>{(header ? rest : rows).map((r, i) => row(r, i + 1, 'td'))}</tbody>
      </table>
    </section>
  );
}

export function Story({ blocks, quotes, lang }: { blocks: StoryBlock[]; quotes: Quote[]; lang: string }) {
  return (
    <div class="story" data-testid="article-body" lang={lang}>
      {blocks.map((b, i) => {
        const key = String(i);
        if (b.type === 'img') {
          const src = safeImageSrc(b.src);
          return src ? <Figure key={key} src={src} alt={b.alt} caption={b.caption} /> : null;
        }
        if (b.type === 'table') return <Table key={key} {...b} />;
        if (b.type === 'h') return <h3 key={key}>{b.text}</h3>;
        if (b.type === 'quote') return <blockquote key={key}>{withQuotes(b.text, quotes)}</blockquote>;
        return (
          <p key={key} class={b.type === 'li' ? 'li' : undefined}>
            {withQuotes(b.text, quotes)}
          </p>
        );
      })}
    </div>
  );
}
