// The allowlist serializer: only safe tags and attributes leave the core, URLs absolute and http(s) only.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { imageSource, serializeChildren } from '../../src/core/output/serialize';

const BASE = 'https://news.example.co.kr/article/1';
const frag = (html: string) => {
  const { document } = parseHTML(`<html><body><div id="x">${html}</div></body></html>`);
  return document.querySelector('#x') as unknown as Element;
};

describe('serializeChildren', () => {
  it('keeps allowlisted structure and unwraps unknown wrappers', () => {
    const out = serializeChildren(
      frag('<section><p>본문 <b>강조</b> <span class="x">글</span></p><h1>소제목</h1></section>'),
      BASE,
    );
    expect(out).toBe('<p>본문 <strong>강조</strong> 글</p><h2>소제목</h2>');
  });

  it('drops scripts, handlers, styles, forms and frames', () => {
    const out = serializeChildren(
      frag(
        '<p onclick="x()" style="color:red">글<script>alert(1)</script><iframe src="https://e.x"></iframe><form><input></form></p>',
      ),
      BASE,
    );
    expect(out).toBe('<p>글</p>');
  });

  it('makes links absolute and drops javascript: and other schemes', () => {
    const out = serializeChildren(
      frag('<a href="/news/2">다음</a><a href="javascript:alert(1)">악성</a><a href="mailto:a@b.c">메일</a>'),
      BASE,
    );
    expect(out).toBe('<a href="https://news.example.co.kr/news/2">다음</a>악성메일');
  });

  it('escapes text and attribute values', () => {
    const out = serializeChildren(
      frag('<p>&lt;script&gt; &amp; "따옴표"</p><img src="/a.jpg" alt="&quot;x&quot;>">'),
      BASE,
    );
    expect(out).toBe(
      '<p>&lt;script&gt; &amp; "따옴표"</p><img src="https://news.example.co.kr/a.jpg" alt="&quot;x&quot;&gt;">',
    );
  });
});

describe('imageSource', () => {
  const img = (attrs: string) => frag(`<img ${attrs}>`).querySelector('img') as Element;
  it('prefers lazy data-src over a placeholder src', () => {
    expect(imageSource(img('src="data:image/gif;base64,R0lGOD" data-src="/p/1.jpg"'), BASE)).toBe(
      'https://news.example.co.kr/p/1.jpg',
    );
  });
  it('takes the widest srcset entry', () => {
    expect(imageSource(img('srcset="/s.jpg 320w, /l.jpg 1280w, /m.jpg 640w"'), BASE)).toBe(
      'https://news.example.co.kr/l.jpg',
    );
  });
  it('refuses placeholder pixels and non-http sources', () => {
    expect(imageSource(img('src="data:image/gif;base64,R0lGOD"'), BASE)).toBeNull();
    expect(imageSource(img('src="javascript:alert(1)"'), BASE)).toBeNull();
  });
});
