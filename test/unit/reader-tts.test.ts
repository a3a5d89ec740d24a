// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
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
  it('keeps paragraphs, sub-headings, figures with captions and list items as text', () => {
    const root = document.createElement('div');
    root.innerHTML = `<h2>소제목</h2><p>첫 <a href="/x">문단</a>입니다.<br>둘째 줄</p>
      <figure><img src="https://img.example/a.jpg" alt="사진"><figcaption>사진 설명</figcaption></figure>
      <ul><li>항목 하나</li></ul><div>느슨한 텍스트</div><img src="javascript:alert(1)">`;
    expect(toStoryBlocks(root)).toEqual([
      { type: 'h', text: '소제목' },
      { type: 'p', text: '첫 문단입니다.\n둘째 줄' },
      { type: 'img', src: 'https://img.example/a.jpg', alt: '사진', caption: '사진 설명' },
      { type: 'li', text: '항목 하나' },
      { type: 'p', text: '느슨한 텍스트' },
    ]);
  });
});

describe('story blocks on hostile input', () => {
  it('reads a story nested 10,000 levels deep without overflowing the stack', () => {
    // Built from the inside out (jsdom checks ancestors on every insert).
    let node: Element = document.createElement('p');
    node.textContent = '아주 깊은 곳의 문단입니다.';
    for (let i = 0; i < 10_000; i++) {
      const d = document.createElement('div');
      d.append(node);
      node = d;
    }
    const root = node;
    const blocks = toStoryBlocks(root);
    expect(blocks).toEqual([{ type: 'p', text: '아주 깊은 곳의 문단입니다.' }]);
  });
});
