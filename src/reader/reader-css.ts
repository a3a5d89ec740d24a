/**
 * Styles of the reader. READER_CSS lives inside the closed shadow root (the page's CSS cannot reach it);
 * HOST_CSS is the one small stylesheet added to the page while the reader is open: it pins the host over
 * the page and, when printing, hides the page so only the article prints.
 */

export const HOST_ID = 'malgeun-reader';
export const HOST_STYLE_ID = 'malgeun-reader-print';

// The never-matching triple-id arm raises specificity above any page rule aimed at our host.
const HOST = `:is(#${HOST_ID},#malgeun-x#malgeun-x#malgeun-x)`;

export const HOST_CSS = `
${HOST}{all:initial!important;display:block!important;position:fixed!important;inset:0!important;z-index:2147483647!important;width:auto!important;height:auto!important;margin:0!important;transform:none!important;filter:none!important;opacity:1!important;visibility:visible!important}
@media print{
html>body,html>body~*:not(#${HOST_ID}){display:none!important}
${HOST}{position:static!important;inset:auto!important}
}`;

const SANS =
  '"Pretendard", "Apple SD Gothic Neo", "Noto Sans KR", "Noto Sans CJK KR", "Malgun Gothic", "맑은 고딕", "Nanum Gothic", "나눔고딕", system-ui, sans-serif';
const SERIF =
  '"Noto Serif KR", "Noto Serif CJK KR", "Nanum Myeongjo", "나눔명조", "AppleMyungjo", "Batang", "바탕", serif';

export const READER_CSS = `
:host{all:initial}
.mg-root{
  --bg:#fbfbf9;--fg:#1d1d1f;--muted:#5f6368;--line:#e3e3e0;--accent:#2f6f4f;--quote-bg:#f0f4f1;--mark:#fff2a8;--bar:#ffffffee;
  --size:18px;--width:38em;--font:${SANS};
  position:fixed;inset:0;overflow:auto;overscroll-behavior:contain;
  background:var(--bg);color:var(--fg);font-family:var(--font);font-size:var(--size);
  line-height:1.8;word-break:keep-all;overflow-wrap:anywhere;line-break:strict;
  -webkit-text-size-adjust:100%;text-rendering:optimizeLegibility;outline:none;
}
.mg-root[data-font=serif]{--font:${SERIF}}
.mg-root[data-theme=sepia]{--bg:#f6efe0;--fg:#3b2f22;--muted:#7a6a55;--line:#e4d8c0;--accent:#8a5a2b;--quote-bg:#efe4cc;--mark:#f3d98b;--bar:#f6efe0ee}
.mg-root[data-theme=dark]{--bg:#18191b;--fg:#e6e6e3;--muted:#a0a3a8;--line:#34363a;--accent:#8fd0ac;--quote-bg:#23262a;--mark:#5b4d16;--bar:#18191bee}
@media (prefers-color-scheme:dark){
  .mg-root[data-theme=system]{--bg:#18191b;--fg:#e6e6e3;--muted:#a0a3a8;--line:#34363a;--accent:#8fd0ac;--quote-bg:#23262a;--mark:#5b4d16;--bar:#18191bee}
}
.mg-bar{position:sticky;top:0;z-index:1;display:flex;flex-wrap:wrap;gap:.35rem;align-items:center;justify-content:center;
  padding:.5rem 3.25rem .5rem .75rem;background:var(--bar);border-bottom:1px solid var(--line);font:14px/1.4 ${SANS};backdrop-filter:blur(6px)}
.mg-bar button,.mg-bar select{font:inherit;color:var(--fg);background:transparent;border:1px solid var(--line);border-radius:6px;padding:.25rem .55rem;cursor:pointer}
.mg-bar button:hover,.mg-bar select:hover{border-color:var(--accent)}
.mg-bar button:focus-visible,.mg-bar select:focus-visible,.mg-root a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.mg-bar .mg-close{position:absolute;top:.5rem;right:.75rem;font-weight:600}
.mg-group{display:inline-flex;gap:.25rem;align-items:center}
.mg-status{position:fixed;left:50%;bottom:1.25rem;transform:translateX(-50%);z-index:2;max-width:90%;padding:.45rem .9rem;border-radius:8px;
  background:var(--fg);color:var(--bg);font:13px/1.5 ${SANS};box-shadow:0 2px 10px #0003;pointer-events:none}
.mg-status:empty{display:none}
.mg-article{max-width:var(--width);margin:0 auto;padding:2.5rem 1.25rem 5rem}
.mg-kicker{margin:0 0 .5rem;color:var(--accent);font-size:.8em;font-weight:600;letter-spacing:.02em}
.mg-title{margin:0 0 .6rem;font-size:1.75em;line-height:1.35;font-weight:700;letter-spacing:-.01em}
.mg-subtitle{margin:0 0 1rem;color:var(--muted);font-size:1.05em;line-height:1.6;white-space:pre-line}
.mg-meta{margin:0 0 1.5rem;padding-bottom:1rem;border-bottom:1px solid var(--line);color:var(--muted);font-size:.8em;line-height:1.7}
.mg-meta a{color:inherit}
.mg-meta span+span::before{content:"·";margin:0 .45em}
.mg-note{padding:.6rem .8rem;border-radius:8px;background:var(--quote-bg);color:var(--muted);font-size:.85em}
.mg-keyquotes{margin:0 0 2rem;padding:1rem 1.1rem;border-left:4px solid var(--accent);background:var(--quote-bg);border-radius:0 8px 8px 0}
.mg-keyquotes h2{margin:0 0 .5rem;font-size:.8em;color:var(--accent);letter-spacing:.04em}
.mg-keyquotes ul{margin:0;padding:0;list-style:none}
.mg-keyquotes li{margin:.4rem 0}
.mg-keyquotes q{quotes:"“" "”";font-weight:600}
.mg-keyquotes .mg-speaker{display:block;color:var(--muted);font-size:.85em}
.mg-body p{margin:0 0 1.15em}
.mg-body h2,.mg-body h3,.mg-body h4{margin:1.8em 0 .6em;line-height:1.45}
.mg-body h2{font-size:1.25em}.mg-body h3{font-size:1.12em}.mg-body h4{font-size:1em}
.mg-body a{color:var(--accent);text-underline-offset:.2em}
.mg-body img{display:block;max-width:100%;height:auto;margin:0 auto;border-radius:4px}
.mg-body img[hidden]{display:none}
.mg-body figure{margin:1.6em 0}
.mg-body figcaption{margin-top:.5em;color:var(--muted);font-size:.8em;line-height:1.6}
.mg-body blockquote{margin:1.4em 0;padding:.2em 0 .2em 1em;border-left:3px solid var(--line);color:var(--muted)}
.mg-body table{border-collapse:collapse;width:100%;font-size:.9em;margin:1.2em 0}
.mg-body th,.mg-body td{border:1px solid var(--line);padding:.35em .5em;text-align:left}
.mg-body .malgeun-key-quote{background:linear-gradient(transparent 60%,var(--mark) 60%);color:inherit}
.mg-body .mg-reading{background:var(--quote-bg);border-radius:4px}
::highlight(malgeun-tts){background-color:var(--mark);color:inherit}
.mg-footer{margin-top:3rem;padding-top:1rem;border-top:1px solid var(--line);font-size:.85em;color:var(--muted)}
.mg-footer a{color:var(--accent)}
@media (max-width:600px){.mg-article{padding:1.5rem 1rem 4rem}.mg-title{font-size:1.5em}}
@media print{
  .mg-root{position:static;overflow:visible;background:#fff;color:#000;--muted:#444;--line:#bbb;--accent:#000;--quote-bg:#f3f3f3}
  .mg-bar{display:none}
  .mg-article{max-width:none;padding:0}
  .mg-body a{color:inherit;text-decoration:none}
  .mg-body figure,.mg-body img,.mg-keyquotes{break-inside:avoid}
  .mg-body h2,.mg-body h3{break-after:avoid}
}
`;
