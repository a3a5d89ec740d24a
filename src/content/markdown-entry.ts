/**
 * The Markdown writer's own bundle (markdown.js), injected on demand into the frame whose page tools asked for
 * it (the background's `malgeun:load-markdown`): an export is rare, so page-tools.js does not carry Turndown.
 * It leaves the writer where page tools look for it, in the extension's own world of this page.
 */
import { toMarkdown } from '../core/markdown';

(globalThis as { __malgeunToMarkdown?: typeof toMarkdown }).__malgeunToMarkdown = toMarkdown;
