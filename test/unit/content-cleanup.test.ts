// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { blocksFromSelectors, Cleaner, HIDDEN_ATTR, STYLE_ID } from '../../src/content/cleanup';
import { storyGuard } from '../../src/content/story-guard';
import { LateWidgetWatcher } from '../../src/content/watcher';
import type { ClutterBlock } from '../../src/core/types';

const STORY = [
  '정부가 내년도 예산안을 확정했다. 총지출 규모는 올해보다 3.2% 늘어난 것으로 나타났다.',
  '기획재정부는 20일 국무회의에서 이같은 내용을 담은 예산안을 의결했다고 밝혔다.',
  '“재정 건전성을 지키면서도 민생 회복에 집중하겠다”고 장관은 말했다.',
];

function page(): string {
  return `<!doctype html><html><head><title>기사</title></head><body>
<header><a href="/">홈</a></header>
<div id="wrap">
  <article id="story"><h1>예산안 확정</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}
    <div class="related"><h3>관련기사</h3><ul><li><a href="/1">다른 기사 제목 하나입니다 아주 긴 제목</a></li></ul></div>
  </article>
  <aside id="ranking"><h3>많이 본 뉴스</h3><ol><li><a href="/2">랭킹 기사 제목이 여기에 길게 들어갑니다</a></li></ol></aside>
</div></body></html>`;
}

function block(sel: string, kind: ClutterBlock['kind'] = 'ranking'): ClutterBlock {
  const element = document.querySelector(sel);
  if (!element) throw new Error(`no ${sel}`);
  return { kind, heading: element.querySelector('h3')?.textContent ?? null, element };
}

beforeEach(() => {
  document.open();
  document.write(page());
  document.close();
});

describe('in-place clean-up', () => {
  it('hides clutter with one stylesheet and restores the identical DOM', () => {
    const before = document.documentElement.outerHTML;
    const cleaner = new Cleaner(document);
    const n = cleaner.hide([block('#ranking'), block('.related', 'related')]);
    expect(n).toBe(2);
    expect(document.querySelectorAll(`[${HIDDEN_ATTR}]`)).toHaveLength(2);
    expect(document.querySelectorAll(`#${STYLE_ID}`)).toHaveLength(1);
    // The hiding rule really applies to the marked blocks and not to the story.
    expect(getComputedStyle(document.querySelector('#ranking') as Element).display).toBe('none');
    expect(getComputedStyle(document.querySelector('#story p') as Element).display).not.toBe('none');
    expect(document.documentElement.outerHTML).not.toBe(before);
    cleaner.restore();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('keeps hidden blocks hidden against page rules with !important and an id', () => {
    const s = document.createElement('style');
    s.textContent = '#ranking { display: block !important }';
    document.head.append(s);
    new Cleaner(document).hide([block('#ranking')]);
    expect(getComputedStyle(document.querySelector('#ranking') as Element).display).toBe('none');
  });

  it('never hides a block holding the story, even when a rule says so', () => {
    const before = document.documentElement.outerHTML;
    const cleaner = new Cleaner(document);
    expect(cleaner.hide([block('#wrap', 'other'), block('#story', 'other')])).toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(storyGuard(document).story?.id).toBe('story');
  });

  it("hides only the parts of a user's block that hold no piece of the story's frame", () => {
    const head = document.createElement('div');
    head.id = 'head';
    head.innerHTML =
      '<span class="pick">언론사 PICK</span><h2>정부, 내년도 예산안 3.2% 늘려 확정</h2><p class="date">입력 2026.01.06 14:20</p>';
    document.title = '정부, 내년도 예산안 3.2% 늘려 확정 - 가상일보';
    document.querySelector('#wrap')?.prepend(head);
    const cleaner = new Cleaner(document);
    expect(cleaner.hide([{ kind: 'other', heading: null, element: head }])).toBe(1);
    expect(document.querySelector('.pick')?.hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(head.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(getComputedStyle(head.querySelector('h2') as Element).display).not.toBe('none');
    expect(getComputedStyle(head.querySelector('.date') as Element).display).not.toBe('none');
  });

  it('hides a box inside the story that holds little of its prose', () => {
    const cleaner = new Cleaner(document);
    expect(cleaner.hide([block('.related', 'related')])).toBe(1);
    expect(cleaner.summary()).toEqual({ kinds: { related: 1 }, headings: ['관련기사'] });
  });

  it('does not hide twice or inside a hidden block, and skips bad user selectors', () => {
    const cleaner = new Cleaner(document);
    cleaner.hide([block('#ranking')]);
    const extra = blocksFromSelectors(document, ['#ranking ol', '>>bad<<', '#wrap > aside']);
    expect(extra).toHaveLength(2);
    expect(cleaner.hide(extra)).toBe(0);
    expect(cleaner.count).toBe(1);
  });
});

describe('late widget watcher', () => {
  it('batches mutations, ignores our own nodes, and stops at its cap', async () => {
    vi.useFakeTimers();
    try {
      const cleaner = new Cleaner(document);
      let runs = 0;
      const watcher = new LateWidgetWatcher(
        document.body,
        {
          runBatch: () => {
            runs++;
            const late = [...document.querySelectorAll('.late:not([data-malgeun-hidden])')].map(
              (element) => ({
                kind: 'recommended' as const,
                heading: null,
                element,
              }),
            );
            return cleaner.hide(late);
          },
          ignore: (el) => cleaner.isInsideHidden(el) || el.id === STYLE_ID,
        },
        { delayMs: 200, maxBatches: 3 },
      );
      watcher.start();
      // Five widgets in quick succession: one batch.
      for (let i = 0; i < 5; i++) {
        const d = document.createElement('div');
        d.className = 'late';
        d.textContent = `추천 기사 ${i}`;
        document.getElementById('wrap')?.append(d);
        await vi.advanceTimersByTimeAsync(20);
      }
      await vi.advanceTimersByTimeAsync(250);
      expect(runs).toBe(1);
      expect(document.querySelectorAll('.late[data-malgeun-hidden]')).toHaveLength(5);
      expect(watcher.lateHidden).toBe(5);

      // A node added inside an already hidden block triggers no work.
      cleaner.hide([block('#ranking')]);
      await vi.advanceTimersByTimeAsync(250); // our own stylesheet arriving in <head> is ignored too
      document.querySelector('#ranking ol')?.append(document.createElement('li'));
      await vi.advanceTimersByTimeAsync(250);
      expect(runs).toBe(1);

      // A page that never stops changing: the batches stop at the cap and the watcher disconnects.
      for (let i = 0; i < 20; i++) {
        document.body.append(document.createElement('section'));
        await vi.advanceTimersByTimeAsync(50);
      }
      expect(runs).toBe(3);
      expect(watcher.batches).toBe(3);
      expect(watcher.capReached).toBe(true);
      expect(watcher.observing).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('taking over from an orphaned instance', () => {
  it('adopts existing marks so that restore still gives the original page', () => {
    const before = document.documentElement.outerHTML;
    new Cleaner(document).hide([block('#ranking'), block('.related', 'related')]);
    // A new instance (after an extension update) knows nothing of these marks until it adopts them.
    const next = new Cleaner(document);
    expect(next.adopt()).toBe(2);
    expect(next.summary().kinds).toEqual({ ranking: 1, related: 1 });
    next.restore();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('late widget watcher on a slow machine', () => {
  it('spaces batches out after a slow one, so batches take at most about a fifth of the time', async () => {
    vi.useFakeTimers();
    try {
      let clock = 0;
      const runs: number[] = [];
      const watcher = new LateWidgetWatcher(
        document.body,
        {
          runBatch: () => {
            runs.push(Date.now());
            clock += 100; // every batch "takes" 100 ms
            return 0;
          },
          ignore: () => false,
          now: () => clock,
        },
        { delayMs: 200, maxBatches: 10, maxWorkMs: 10_000 },
      );
      watcher.start();
      const t0 = Date.now();
      for (let i = 0; i < 40; i++) {
        document.body.append(document.createElement('div'));
        await vi.advanceTimersByTimeAsync(50);
      }
      // First batch 200 ms after the first change; after it, 4 x 100 ms = 400 ms apart.
      expect(runs[0] - t0).toBeGreaterThanOrEqual(200);
      for (let i = 1; i < runs.length; i++) expect(runs[i] - runs[i - 1]).toBeGreaterThanOrEqual(400);
      expect(runs.length).toBeLessThanOrEqual(5);
      watcher.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
