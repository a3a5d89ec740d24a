/** The contract between the pure core (src/core) and everything that uses it. */

export type PageType = 'portal' | 'publisher' | 'aggregator' | 'unknown';

/**
 * What a page is, from its structure (detect.ts, page-kind.ts). Only `article` pages are cleaned or extracted;
 * the others are left untouched and reported with this kind and a reason.
 *   article  — one story under one headline that matches the page's title signals
 *   section  — a section front or stream: several stories, each with a headline, byline and paragraphs
 *   search   — search results: a query echoed (search box, "검색 결과") over a list of result links
 *   home     — a site's or portal's front page (root address full of headline links)
 *   list     — a list of headlines (section lists, rankings, photo/video galleries) with no story of its own
 *   not-news — no story-shaped prose at all (an expired story's notice, a page that is not news)
 */
export type PageKind = 'article' | 'section' | 'search' | 'home' | 'list' | 'not-news';

export interface Detection {
  isArticle: boolean;
  /** `article` exactly when isArticle; otherwise which kind of non-article page this is. */
  kind: PageKind;
  /** One short sentence saying why, in English (shown in the CLI and logged; the UI has its own strings). */
  reason: string;
  /** Id of the matching site rule (`naver`, `chosun`, …) or null for an unknown site. */
  site: string | null;
  pageType: PageType;
}

export type ClutterKind =
  | 'ranking'
  | 'recommended'
  | 'related'
  | 'series'
  | 'media-list'
  | 'comments'
  | 'reactions'
  | 'toolbar'
  | 'subscribe'
  | 'journalist-card'
  | 'ai-summary'
  | 'ad'
  | 'player'
  | 'navigation'
  | 'other';

/** One block of clutter found in a document (live page or clone). */
export interface ClutterBlock {
  kind: ClutterKind;
  /** The block's heading text when it has one (`많이 본 뉴스`), else null. */
  heading: string | null;
  element: Element;
}

export interface Author {
  name: string;
  email: string | null;
}

export interface ImageInfo {
  src: string;
  caption: string | null;
}

export interface Quote {
  text: string;
  speaker: string | null;
}

/** A run of story text: `text` plain, `html` the same as allowlisted inline HTML (links, emphasis). */
export interface InlineText {
  text: string;
  html: string;
}

/** The story as typed blocks, in reading order: what the popup and reader render, and text/HTML/Markdown come from. */
export type Block =
  | ({ type: 'paragraph' | 'heading' | 'quote' } & InlineText)
  /** A caption the page set apart from any image (a photo credit line, a caption whose image was dropped). */
  | ({ type: 'caption' } & InlineText)
  | { type: 'list'; items: InlineText[] }
  /**
   * A data table: cells as plain text, every row equally wide; `header` when the first row heads the columns.
   * Layout tables (a photo with its caption, a wrapper around the story) are never blocks: their prose is.
   */
  | { type: 'table'; rows: string[][]; header: boolean; caption: string | null }
  | { type: 'image'; src: string; caption: string | null };

export interface ArticleMetadata {
  /** The headline without its leading labels (those are `kicker`). */
  title: string | null;
  /**
   * Leading bracket labels of the headline as shown, without the brackets: `단독`, `속보`, `사설`, `홍길동 칼럼`,
   * `가나의 눈`, a series name; several joined with ` · `. Null when the headline has none. The headline as the
   * page shows it is `[kicker] title`.
   */
  kicker: string | null;
  subtitle: string | null;
  publisher: string | null;
  authors: Author[];
  /** ISO 8601 with +09:00, e.g. 2024-05-20T17:12:00+09:00 */
  publishedAt: string | null;
  modifiedAt: string | null;
  section: string | null;
  /** Canonical URL of the page. */
  url: string;
  /** On a portal page, the outlet's own article URL (기사원문). */
  originalUrl: string | null;
  leadImage: string | null;
  lang: string | null;
  tags: string[];
}

export interface Article extends ArticleMetadata {
  isArticle: boolean;
  kind: PageKind;
  reason: string;
  site: string | null;
  pageType: PageType;
  images: ImageInfo[];
  /** The story as typed blocks; `text` and `html` are derived from them, Markdown on demand (toMarkdown). */
  blocks: Block[];
  /** Story paragraphs separated by a blank line. */
  text: string;
  /** Sanitized story HTML (allowlisted tags and attributes only). */
  html: string;
  /** Every direct quotation, in story order. */
  quotes: Quote[];
  /** The few quotes that best carry the story, ranked. */
  keyQuotes: Quote[];
  readingMinutes: number;
  /**
   * The clutter blocks left out of the story where it was copied from (inside the site's body element, or the
   * whole page on the generic path). The page's clean-up finds the page's whole list itself (findClutter).
   */
  clutter: { kind: ClutterKind; heading: string | null }[];
}

/** How toMarkdown renders an article. */
export interface MarkdownOptions {
  /** Markdown: include YAML front matter (default true). */
  frontMatter?: boolean;
  /** Markdown: how to render images (default 'inline'). */
  images?: 'inline' | 'link' | 'omit';
}
