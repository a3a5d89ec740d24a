import type { ClutterKind, PageType } from '../types';

/**
 * A per-site rule: hints for one portal or outlet. Generic Korean heuristics run first; a site rule only
 * adds to them, so a redesign that breaks a selector degrades to the generic path instead of failing.
 */
export interface SiteRule {
  /** Short stable id: 'naver', 'chosun', 'sbs', … */
  id: string;
  /** The outlet's Korean name ('조선일보'); null for portals, whose publisher comes from the page. */
  name: string | null;
  /** Host names or suffixes this rule covers ('chosun.com' covers www.chosun.com and news.chosun.com). */
  hosts: string[];
  pageType: PageType;
  /** Path (plus search) patterns of single-article pages on this site. */
  articlePath?: RegExp[];
  /** Selectors for the story container, first match wins. */
  body?: string[];
  title?: string[];
  subtitle?: string[];
  byline?: string[];
  /** Elements whose text or attributes carry the published / modified time. */
  published?: string[];
  modified?: string[];
  section?: string[];
  /** Clutter blocks specific to this site, each with its kind. */
  clutter?: { selector: string; kind: ClutterKind }[];
  /** Selectors inside the story container to drop from the extracted text (not hidden on the page). */
  strip?: string[];
}
