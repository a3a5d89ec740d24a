// @vitest-environment jsdom
// The content script end to end in a DOM: automatic clean-up on a known host, messages, restore identity.
import { describe, expect, it } from 'vitest';
import { answer, loadPage, stateWhen } from '../fixtures/content-messages';
import { sent } from '../mocks/browser';

const PARAS = [
  '정부가 20일 내년도 예산안을 확정했다. 총지출 규모는 올해보다 3.2% 늘어난 680조원으로, 민생 회복과 저출생 대응에 무게를 실었다.',
  '기획재정부는 이날 국무회의에서 이같은 내용을 담은 예산안을 의결했다고 밝혔다. 정부는 다음 달 초 국회에 예산안을 제출할 계획이다.',
  '최상목 경제부총리는 “재정 건전성을 지키면서도 민생 회복에 집중하겠다”며 “불요불급한 지출은 과감히 줄였다”고 말했다.',
  '야당은 예산안이 경기 대응에 부족하다며 국회 심사 과정에서 대폭 손질하겠다는 입장을 밝혀 진통이 예상된다.',
  '전문가들은 세수 여건이 여전히 어려운 만큼 지출 구조조정의 실효성을 따져봐야 한다고 지적했다.',
];
const RANKING = [
  '많이 본 뉴스 제목 하나가 여기에 길게 들어갑니다',
  '두 번째로 많이 본 기사 제목도 길게 들어갑니다',
];

function fixture(): string {
  return `<!doctype html><html lang="ko"><head><title>정부, 내년 예산안 확정 | 테스트일보</title>
<meta property="og:type" content="article"><meta property="og:title" content="정부, 내년 예산안 확정">
<meta property="article:published_time" content="2024-08-20T10:00:00+09:00"></head><body>
<header><nav><a href="/">홈</a> <a href="/politics">정치</a></nav></header>
<main><article><h1>정부, 내년 예산안 확정</h1><p class="byline">홍길동 기자 hong@test.co.kr</p>
<div id="article-body" itemprop="articleBody">${PARAS.map((p) => `<p>${p}</p>`).join('\n')}</div></article>
<aside class="ranking"><h3>많이 본 뉴스</h3><ol>${RANKING.map((r, i) => `<li><a href="/news/${i}">${r}</a></li>`).join('')}</ol></aside>
</main><footer>ⓒ 테스트일보 무단전재 및 재배포 금지</footer></body></html>`;
}

describe('content script', () => {
  it('cleans a known-host article by itself, reports the count, and restores the exact page', async () => {
    const pristine = loadPage(fixture());
    await import('../../src/content/index');
    const state = await stateWhen((s) => s.settled === true);
    expect(state.isArticle).toBe(true);
    expect(state.auto).toBe(true);
    expect(state.hidden as number).toBeGreaterThan(0);
    // The ranking is hidden, the story is not.
    const ranking = document.querySelector('.ranking');
    expect(ranking?.closest('[data-malgeun-hidden]')).not.toBeNull();
    for (const p of document.querySelectorAll('#article-body p')) {
      expect(p.closest('[data-malgeun-hidden]')).toBeNull();
    }
    expect(sent).toContainEqual({ type: 'malgeun:badge', count: state.hidden });

    const restored = await answer({ type: 'malgeun:restore' });
    expect(restored.hidden).toBe(0);
    expect(restored.observing).toBe(false);
    expect(document.documentElement.outerHTML).toBe(pristine);
    expect(sent.at(-1)).toEqual({ type: 'malgeun:badge', count: 0 });

    // Cleaning again by hand and restoring again still gives the identical page.
    const again = await answer({ type: 'malgeun:clean' });
    expect(again.hidden).toBe(state.hidden);
    await answer({ type: 'malgeun:restore' });
    expect(document.documentElement.outerHTML).toBe(pristine);
  });
});
