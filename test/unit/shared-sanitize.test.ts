// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setSafeHtml } from '../../src/shared/sanitize';

const HOSTILE = `
<p>본문 첫 문단입니다.<script>window.__pwned = 1</script></p>
<img src="x" onerror="window.__pwned = 2"><a href="javascript:alert(1)">링크</a>
<a href="data:text/html,<script>alert(1)</script>">데이터</a>
<iframe srcdoc="<script>alert(1)</script>"></iframe>
<svg><script>alert(1)</script><circle onload="alert(1)"/></svg>
<meta http-equiv="refresh" content="0;url=https://evil.example">
<form action="https://evil.example"><input name="q"><button>보내기</button></form>
<p style="position:fixed;inset:0" onclick="alert(1)" class="x" data-track="1">두 번째 문단</p>
<figure><img src="https://img.example/a.jpg" alt="사진"><figcaption>사진 설명</figcaption></figure>
<a href="https://news.example/1">기사 링크</a>
<img src="data:image/png;base64,${'A'.repeat(200_000)}">`;

describe('sanitize', () => {
  it('keeps the story and drops everything that could run or leak', () => {
    const root = document.createElement('div');
    setSafeHtml(root, HOSTILE);
    const html = root.innerHTML;
    expect(root.textContent).toContain('본문 첫 문단입니다.');
    expect(root.textContent).toContain('두 번째 문단');
    expect(root.querySelector('figcaption')?.textContent).toBe('사진 설명');
    expect(root.querySelectorAll('script, iframe, svg, meta, form, input, button, style')).toHaveLength(0);
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name.startsWith('on')).toBe(false);
        expect(['style', 'class', 'data-track', 'srcdoc']).not.toContain(attr.name);
      }
    }
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/data:text\/html/i);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('opens links without opener or referrer and loads images without referrer', () => {
    const root = document.createElement('div');
    setSafeHtml(root, HOSTILE);
    const link = root.querySelector('a[href^="https://news.example"]');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    const imgs = [...root.querySelectorAll('img')];
    expect(imgs.every((i) => i.getAttribute('referrerpolicy') === 'no-referrer')).toBe(true);
    // The 200 KB inline image lost its source; the normal one kept it.
    expect(imgs.filter((i) => i.getAttribute('src')?.startsWith('data:'))).toHaveLength(0);
    expect(imgs.some((i) => i.getAttribute('src') === 'https://img.example/a.jpg')).toBe(true);
  });
});

describe('URLs from a page', () => {
  it('lets only web addresses become links and images', async () => {
    const { safeHref, safeImageSrc, safeMailto } = await import('../../src/shared/safe-url');
    expect(safeHref('https://news.example/1')).toBe('https://news.example/1');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeImageSrc('data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
    expect(safeImageSrc('data:image/svg+xml,<svg onload=alert(1)>')).toBeNull();
    expect(safeImageSrc(`data:image/png;base64,${'A'.repeat(200_000)}`)).toBeNull();
    expect(safeMailto('hong@example.co.kr')).toBe('mailto:hong@example.co.kr');
    expect(safeMailto('hong@example.com?subject=x&body=y')).toBeNull();
  });
});
