// @vitest-environment jsdom
// A data table as the popup and the reader show it: header cells, caption, every cell as text (markup written in
// a cell is never parsed), and the table inside its own sideways-scrolling box.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Article, Block } from '../../src/core/types';
import { Story } from '../../src/popup/story';
import { storyBody } from '../../src/reader/article-view';
import { toStoryBlocks } from '../../src/shared/story-blocks';

const table: Block = {
  type: 'table',
  header: true,
  caption: '주요 지역 개표 결과',
  rows: [
    ['지역', '당선인', '득표율'],
    ['서울', '<img src=x onerror=alert(1)>', '51.2%'],
  ],
};

const cells = (root: Element) =>
  [...root.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => `${c.tagName}:${c.textContent}`));

describe('a table block in the popup', () => {
  it('renders the header row as th, the rest as td, each cell as text, in a scrolling box', () => {
    document.body.innerHTML = '<div id="app"></div>';
    const app = document.getElementById('app') as HTMLElement;
    render(<Story blocks={toStoryBlocks([table])} quotes={[]} lang="ko" />, app);
    const box = app.querySelector('.table-scroll') as HTMLElement;
    expect(box.getAttribute('tabindex')).toBe('0');
    expect(box.querySelector('caption')?.textContent).toBe('주요 지역 개표 결과');
    expect(cells(box)).toEqual([
      ['TH:지역', 'TH:당선인', 'TH:득표율'],
      ['TD:서울', 'TD:<img src=x onerror=alert(1)>', 'TD:51.2%'],
    ]);
    expect(app.querySelector('img')).toBeNull();
  });
});

describe('a table in the reader', () => {
  it('wraps each table of the sanitized story in its own scrolling box', () => {
    const html =
      '<p>본문</p><table><caption>주요 지역 개표 결과</caption><thead><tr><th>지역</th><th>당선인</th></tr></thead>' +
      '<tbody><tr><td>서울</td><td>&lt;img src=x onerror=alert(1)&gt;</td></tr></tbody></table>';
    const body = storyBody(document, {
      html,
      text: '',
      subtitle: null,
      keyQuotes: [],
      lang: 'ko',
    } as unknown as Article);
    const box = body.querySelector('.mg-table') as HTMLElement;
    expect(box.firstElementChild?.tagName).toBe('TABLE');
    expect(box.getAttribute('tabindex')).toBe('0');
    expect(cells(box)).toEqual([
      ['TH:지역', 'TH:당선인'],
      ['TD:서울', 'TD:<img src=x onerror=alert(1)>'],
    ]);
    expect(body.querySelector('img')).toBeNull();
  });
});
