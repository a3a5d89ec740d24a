/**
 * The Markdown entry of the core: only the writer (Turndown with GFM, front matter). The extension loads it on
 * demand (markdown.js), when a reader exports, so page-tools.js carries no Turndown; the full entry (index.ts)
 * re-exports it for the CLI.
 */
export { toMarkdown } from './output/markdown';
