import { describe, expect, it } from 'vitest';
import { frontMatter, htmlToMarkdown, unescapeMarkdown } from '../../src/core/output/markdown';
import type { ArticleMetadata } from '../../src/core/types';

const meta: ArticleMetadata = {
  title: '왕윤종 차장 "북한: 도발 땐 \'대가\' 치를 것"',
  kicker: null,
  subtitle: '국가안보실 브리핑',
  publisher: '연합뉴스',
  authors: [
    { name: '홍길동', email: 'hong@yna.co.kr' },
    { name: '김철수', email: null },
  ],
  publishedAt: '2026-01-06T16:46:00+09:00',
  modifiedAt: null,
  section: '정치',
  url: 'https://www.yna.co.kr/view/AKR2026',
  originalUrl: null,
  leadImage: null,
  lang: 'ko',
  tags: ['북한', '안보: 브리핑'],
};

const flat = (s: string) => s.replace(/\s+/g, '');

describe('front matter', () => {
  it('quotes every value as YAML, keeps Hangul, escapes quotes and skips empty fields', () => {
    const fm = frontMatter(meta);
    expect(fm.startsWith('---\n')).toBe(true);
    expect(fm.endsWith('\n---')).toBe(true);
    expect(fm).toContain('title: "왕윤종 차장 \\"북한: 도발 땐 \'대가\' 치를 것\\""');
    expect(fm).toContain('outlet: "연합뉴스"');
    expect(fm).toContain('  - name: "홍길동"\n    email: "hong@yna.co.kr"');
    expect(fm).toContain('  - name: "김철수"');
    expect(fm).toContain('published: "2026-01-06T16:46:00+09:00"');
    expect(fm).toContain('  - "안보: 브리핑"');
    expect(fm).toContain('lang: "ko"');
    expect(fm).not.toContain('modified:');
    expect(fm).not.toContain('original_url:');
    // Every value line is a key followed by a double-quoted scalar: parseable as JSON strings.
    for (const line of fm.split('\n').filter((l) => /^\s*(- )?\w+: /.test(l))) {
      const value = line.replace(/^\s*(- )?\w+: /, '');
      expect(() => JSON.parse(value)).not.toThrow();
    }
  });

  it('is left out when frontMatter is false, and the title becomes the heading', () => {
    const md = htmlToMarkdown('<p>본문.</p>', meta, { frontMatter: false });
    expect(md.startsWith('---')).toBe(false);
    expect(md.startsWith('# 왕윤종 차장')).toBe(true);
    expect(md).toContain('본문.');
  });
});

describe('story body', () => {
  const html = [
    '<p>왕윤종 국가안보실 3차장은 “북한이 도발하면 대가를 치를 것”이라고 말했다.</p>',
    '<h3>긴장 고조</h3>',
    '<p>*재판매 및 DB 금지 [사진=연합뉴스] 1. 첫째_둘째</p>',
    '<figure><img src="https://img.example.kr/a.jpg" alt=""><figcaption>브리핑하는 왕윤종 차장 [연합뉴스 자료사진]</figcaption></figure>',
    '<blockquote><p>인용된 성명 전문</p></blockquote>',
    '<ul><li>첫 항목</li><li>둘째 항목</li></ul>',
    '<table><tr><td>지역</td><td>득표율</td></tr><tr><td>광주</td><td>90%</td></tr></table>',
  ].join('');

  it('renders sub-headings as ##, images with captions, lists, blockquotes and a GFM table', () => {
    const md = htmlToMarkdown(html, meta);
    expect(md).toContain('## 긴장 고조');
    expect(md).toContain('![브리핑하는 왕윤종 차장 \\[연합뉴스 자료사진\\]](https://img.example.kr/a.jpg)');
    expect(md).toContain('*브리핑하는 왕윤종 차장 \\[연합뉴스 자료사진\\]*');
    expect(md).toContain('> 인용된 성명 전문');
    expect(md).toMatch(/^- 첫 항목$/m);
    expect(md).toContain('| 지역 | 득표율 |\n| --- | --- |\n| 광주 | 90% |');
    expect(md).not.toMatch(/<\/?(p|table|tr|td|figure|img|h3|ul|li|blockquote)\b/i);
  });

  it('keeps quotes exactly as written and every paragraph round-trips after un-escaping', () => {
    const md = htmlToMarkdown(html, meta);
    expect(md).toContain('“북한이 도발하면 대가를 치를 것”이라고');
    const plain = flat(unescapeMarkdown(md));
    for (const p of [
      '왕윤종 국가안보실 3차장은 “북한이 도발하면 대가를 치를 것”이라고 말했다.',
      '*재판매 및 DB 금지 [사진=연합뉴스] 1. 첫째_둘째',
      '인용된 성명 전문',
    ]) {
      expect(plain).toContain(flat(p));
    }
  });

  it('renders images as links or leaves them out on request', () => {
    const link = htmlToMarkdown(html, meta, { images: 'link' });
    expect(link).toContain('(https://img.example.kr/a.jpg)');
    expect(link).not.toContain('![');
    const omit = htmlToMarkdown(html, meta, { images: 'omit' });
    expect(omit).not.toContain('a.jpg');
    expect(omit).toContain('긴장 고조');
  });

  it('turns a photo layout table into plain blocks, never raw HTML', () => {
    const md = htmlToMarkdown(
      '<table><tr><td><img src="https://x.kr/p.jpg" alt="현장"></td></tr><tr><td>화재 현장 모습</td></tr></table><p>본문</p>',
      meta,
    );
    expect(md).toContain('![현장](https://x.kr/p.jpg)');
    expect(md).toContain('화재 현장 모습');
    expect(md).not.toContain('|');
    expect(md).not.toMatch(/<[a-z]/i);
  });

  it('drops scripts and players', () => {
    const md = htmlToMarkdown(
      '<p>본문</p><script>var a=1</script><video src="v.mp4"></video><iframe src="x"></iframe>',
      meta,
    );
    expect(md).not.toContain('var a');
    expect(md).not.toContain('v.mp4');
    expect(md.trim().endsWith('본문')).toBe(true);
  });
});

describe('inline markup and the round trip', () => {
  it('writes bold, italic and links as plain text so paragraphs round-trip', () => {
    const html =
      '<p><strong>장동혁 대표가 한동훈 전 대표를 제명했다.</strong> 넉 달 남은 <a href="https://x.kr/t">지방선거</a>가 <em>관건</em>이다.</p>';
    const md = htmlToMarkdown(html, meta, { frontMatter: false });
    expect(md).toContain('장동혁 대표가 한동훈 전 대표를 제명했다. 넉 달 남은 지방선거가 관건이다.');
    expect(md).not.toContain('**');
    expect(md).not.toContain('](https://x.kr/t)');
  });

  it('makes a short bold-only paragraph a sub-heading', () => {
    const md = htmlToMarkdown('<p><strong>후보 등록 코앞인데</strong></p><p>본문이다.</p>', meta);
    expect(md).toContain('## 후보 등록 코앞인데');
  });

  it('keeps a bold-only sentence as a paragraph', () => {
    const md = htmlToMarkdown('<p><strong>이 문장은 강조된 본문 문장이다.</strong></p>', meta);
    expect(md).not.toContain('## ');
    expect(md).toContain('이 문장은 강조된 본문 문장이다.');
  });
});

describe('front matter parses as YAML', () => {
  it('reads back the same values with a YAML parser (when one is installed)', async () => {
    // @ts-expect-error: no type declarations for js-yaml in this project (a devDependency)
    const yaml = await import('js-yaml');
    const tricky: ArticleMetadata = {
      ...meta,
      authors: [...meta.authors, { name: '', email: 'desk@yna.co.kr' }],
      title: "“빛의 혁명” 완수: #1 — '국민' 주권 \\ 다음은? [속보] *단독*",
      subtitle: '첫 줄\n둘째 줄: 콜론',
      tags: ['- 대시', '@멘션', '%퍼센트', 'yes', '010'],
    };
    const fm = frontMatter(tricky);
    const data = yaml.load(fm.replace(/^---\n/, '').replace(/\n---$/, ''));
    expect(data.title).toBe(tricky.title);
    expect(data.subtitle).toBe(tricky.subtitle);
    expect(data.outlet).toBe('연합뉴스');
    expect(data.reporters).toEqual([
      { name: '홍길동', email: 'hong@yna.co.kr' },
      { name: '김철수' },
      { email: 'desk@yna.co.kr' },
    ]);
    expect(data.tags).toEqual(tricky.tags);
    expect(data.published).toBe('2026-01-06T16:46:00+09:00');
  });
});

describe('hostile markup', () => {
  it('still writes the text of a story nested thousands of elements deep', () => {
    const html = `${'<div>'.repeat(12000)}<p>깊은 곳의 본문 &amp; 1. *별*</p>${'</div>'.repeat(12000)}`;
    const md = htmlToMarkdown(html, meta, { frontMatter: false });
    expect(unescapeMarkdown(md)).toContain('깊은 곳의 본문 & 1. *별*');
    expect(md).not.toMatch(/<\/?[a-z]/i);
  });
});

describe('unknown elements', () => {
  it('writes unknown and custom elements as their text, never as HTML', () => {
    const md = htmlToMarkdown(
      '<p>앞</p><custom-box><b>상자</b> 속 글</custom-box><details><summary>요약</summary>펼친 글</details><math><mi>x</mi></math>',
      meta,
      { frontMatter: false },
    );
    expect(md).toContain('상자 속 글');
    expect(md).toContain('펼친 글');
    expect(md).not.toMatch(/<\/?[a-z][a-z0-9-]*[\s>]/i);
  });
});
