/**
 * htmlToMarkdown on Turndown's browser build (the one the extension bundles), which parses with the page's
 * DOMParser instead of domino. jsdom provides the DOMParser here.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleMetadata } from '../../src/core/types';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
let parsed = 0;
// Count parses, to be sure the browser path (and not domino) did the work.
class CountingParser extends window.DOMParser {
  override parseFromString(text: string, type: DOMParserSupportedType): Document {
    parsed++;
    return super.parseFromString(text, type);
  }
}
vi.stubGlobal('window', Object.assign(Object.create(window), { DOMParser: CountingParser }));
vi.stubGlobal('DOMParser', CountingParser);
// The browser builds ship no type declarations (the package types describe the same API): the paths are
// given as plain strings so the type checker does not look for them.
const browserBuild = (name: string) => import(/* @vite-ignore */ name);
vi.mock('turndown', () => browserBuild('turndown/lib/turndown.browser.es.js'));
vi.mock('turndown-plugin-gfm', () =>
  browserBuild('turndown-plugin-gfm/lib/turndown-plugin-gfm.browser.es.js'),
);

const meta: ArticleMetadata = {
  title: '제목',
  kicker: null,
  subtitle: null,
  publisher: '한국일보',
  authors: [],
  publishedAt: null,
  modifiedAt: null,
  section: null,
  url: 'https://www.hankookilbo.com/News/Read/A1',
  originalUrl: null,
  leadImage: null,
  lang: 'ko',
  tags: [],
};

describe('htmlToMarkdown with the browser build of Turndown', () => {
  it('renders the same Markdown structure through DOMParser', async () => {
    const { htmlToMarkdown } = await import('../../src/core/output/markdown');
    const md = htmlToMarkdown(
      '<h3>소제목</h3><p>이 후보는 “국민이 먼저”라고 말했다.</p><figure><img src="https://x.kr/a.jpg"><figcaption>유세 현장</figcaption></figure><table><tr><td>지역</td><td>득표율</td></tr><tr><td>광주</td><td>90%</td></tr></table>',
      meta,
    );
    expect(md).toContain('## 소제목');
    expect(md).toContain('이 후보는 “국민이 먼저”라고 말했다.');
    expect(md).toContain('![유세 현장](https://x.kr/a.jpg)\n\n*유세 현장*');
    expect(md).toContain('| 지역 | 득표율 |\n| --- | --- |\n| 광주 | 90% |');
    expect(md).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>]/i);
    expect(parsed).toBeGreaterThan(0);
  });
});
