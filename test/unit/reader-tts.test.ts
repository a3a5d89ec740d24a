// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/core/types';
import { markKeyQuotes } from '../../src/reader/mark-quotes';
import { rangeInText, segmentsOf, speakable, splitSentences } from '../../src/reader/tts';
import { toStoryBlocks } from '../../src/shared/story-blocks';

describe('read aloud: what is spoken', () => {
  it('splits Korean sentences, keeping quotes with their sentence', () => {
    const s = splitSentences(
      '정부는 20일 예산안을 확정했다. “민생이 먼저다.” 장관은 이렇게 말했다! 다음 주 발표 예정',
    );
    expect(s.map((x) => x.text)).toEqual([
      '정부는 20일 예산안을 확정했다.',
      '“민생이 먼저다.”',
      '장관은 이렇게 말했다!',
      '다음 주 발표 예정',
    ]);
  });

  it('skips Hanja glosses, e-mails and copyright tails', () => {
    expect(speakable('인생(人生)은 길다.')).toBe('인생은 길다.');
    expect(speakable('문의는 hong@example.co.kr 으로 하면 된다.')).toBe('문의는 으로 하면 된다.');
    expect(speakable('ⓒ 한국일보, 무단 전재 및 재배포 금지')).toBeNull();
    expect(speakable('<저작권자 ⓒ 연합뉴스>')).toBeNull();
    expect(speakable('hong@example.com')).toBeNull();
    expect(speakable('홍길동 기자')).toBeNull();
  });

  it('maps each spoken sentence back to its place in the paragraph', () => {
    const p = document.createElement('p');
    p.innerHTML = '첫 문장이다. <b>둘째</b> 문장이다. 홍길동 기자 hong@example.com';
    const segs = segmentsOf([p]);
    expect(segs.map((s) => s.speech)).toEqual(['첫 문장이다.', '둘째 문장이다.']);
    const r = rangeInText(p, segs[1].start, segs[1].end);
    expect(r?.toString()).toBe('둘째 문장이다.');
  });
});

describe('key quotes in the rendered story', () => {
  it('marks a quote in one text node, and the paragraph of one that crosses elements', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<p>장관은 “재정 건전성을 지키겠다”고 말했다.</p><p>그는 “민생 <b>회복</b>에 집중하겠다”고 밝혔다.</p><p>다른 문단</p>';
    const n = markKeyQuotes(root, [
      { text: '재정 건전성을 지키겠다', speaker: '장관' },
      { text: '민생 회복에 집중하겠다', speaker: '장관' },
      { text: '없는 인용', speaker: null },
    ]);
    expect(n).toBe(2);
    const mark = root.querySelector('mark.malgeun-key-quote');
    expect(mark?.textContent).toBe('재정 건전성을 지키겠다');
    expect(mark?.getAttribute('title')).toBe('장관');
    expect(root.querySelectorAll('p')[1].classList.contains('malgeun-key-quote')).toBe(true);
    expect(root.querySelectorAll('p')[2].classList.contains('malgeun-key-quote')).toBe(false);
    // The text itself is unchanged.
    expect(root.textContent).toContain('장관은 “재정 건전성을 지키겠다”고 말했다.');
  });
});

describe('story blocks for the popup', () => {
  it('keeps paragraphs, sub-headings, images with captions and list items as text', () => {
    const blocks: Block[] = [
      { type: 'heading', text: '소제목', html: '소제목' },
      { type: 'paragraph', text: '첫 문단입니다.', html: '첫 <a href="https://x.example/">문단</a>입니다.' },
      { type: 'image', src: 'https://img.example/a.jpg', caption: '사진 설명' },
      {
        type: 'list',
        items: [
          { text: '항목 하나', html: '항목 하나' },
          { text: '항목 둘', html: '항목 둘' },
        ],
      },
      { type: 'quote', text: '“인용문이다.”', html: '“인용문이다.”' },
      { type: 'caption', text: '[사진=연합뉴스]', html: '[사진=연합뉴스]' },
    ];
    expect(toStoryBlocks(blocks)).toEqual([
      { type: 'h', text: '소제목' },
      { type: 'p', text: '첫 문단입니다.' },
      { type: 'img', src: 'https://img.example/a.jpg', alt: '사진 설명', caption: '사진 설명' },
      { type: 'li', text: '항목 하나' },
      { type: 'li', text: '항목 둘' },
      { type: 'quote', text: '“인용문이다.”' },
      { type: 'p', text: '[사진=연합뉴스]' },
    ]);
  });
});

describe('story blocks on hostile input', () => {
  it('drops unsafe image URLs and control characters, and keeps no empty block', () => {
    const blocks: Block[] = [
      { type: 'image', src: 'javascript:alert(1)', caption: null },
      { type: 'image', src: ' data:text/html,<script>x</script>', caption: '설명\u0000만 남는다' },
      { type: 'paragraph', text: ' \u00a0 ', html: '' },
      { type: 'paragraph', text: '본문\u0007 문단  입니다.', html: '' },
    ];
    expect(toStoryBlocks(blocks)).toEqual([
      { type: 'p', text: '설명만 남는다' },
      { type: 'p', text: '본문 문단 입니다.' },
    ]);
  });
});
