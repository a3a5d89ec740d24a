/**
 * Styles of the reader. READER_CSS lives inside the closed shadow root (the page's CSS cannot reach it);
 * HOST_CSS is the one small stylesheet added to the page while the reader is open: it pins the host over
 * the page and, when printing, hides the page so only the article prints.
 */

export const HOST_ID = 'malgeun-reader';
export const HOST_STYLE_ID = 'malgeun-reader-print';

// The never-matching triple-id arm raises specificity above any page rule aimed at our host.
const HOST = `:is(#${HOST_ID},#malgeun-x#malgeun-x#malgeun-x)`;

// While the reader is open the page behind neither scrolls nor shows its scrollbar; removing this stylesheet
// on close gives both back.
export const HOST_CSS = `
${HOST}{all:initial!important;display:block!important;position:fixed!important;inset:0!important;z-index:2147483647!important;width:auto!important;height:auto!important;margin:0!important;transform:none!important;filter:none!important;opacity:1!important;visibility:visible!important}
html:has(>${HOST}),html:has(>${HOST})>body{overflow:hidden!important;overscroll-behavior:none!important}
@media print{
html>body,html>body~*:not(#${HOST_ID}){display:none!important}
${HOST}{position:static!important;inset:auto!important}
html:has(>${HOST}),html:has(>${HOST})>body{overflow:visible!important}
}`;

const SANS =
  '"Pretendard", "Apple SD Gothic Neo", "Noto Sans KR", "Noto Sans CJK KR", "Malgun Gothic", "맑은 고딕", "Nanum Gothic", "나눔고딕", system-ui, sans-serif';
const SERIF =
  '"Noto Serif KR", "Noto Serif CJK KR", "Nanum Myeongjo", "나눔명조", "AppleMyungjo", "Batang", "바탕", serif';

const DARK =
  '--bg:#18191b;--fg:#e6e6e3;--muted:#a0a3a8;--line:#34363a;--accent:#8fd0ac;--quote-bg:#23262a;--mark:#5b4d16;--panel:#232427;color-scheme:dark';

export const READER_CSS = `
:host{all:initial}
.mg-root{
  --bg:#fbfbf9;--fg:#1d1d1f;--muted:#5f6368;--line:#e3e3e0;--accent:#2f6f4f;--quote-bg:#f0f4f1;--mark:#fff2a8;--panel:#ffffff;
  --size:18px;--width:38em;--lh:1.8;--font:${SANS};
  color-scheme:light;
  position:fixed;inset:0;overflow:auto;overscroll-behavior:contain;
  background:var(--bg);color:var(--fg);font-family:var(--font);font-size:var(--size);
  line-height:var(--lh);word-break:keep-all;overflow-wrap:anywhere;line-break:strict;
  -webkit-text-size-adjust:100%;text-rendering:optimizeLegibility;outline:none;
}
.mg-root[data-font=serif]{--font:${SERIF}}
.mg-root[data-theme=sepia]{--bg:#f6efe0;--fg:#3b2f22;--muted:#7a6a55;--line:#e4d8c0;--accent:#8a5a2b;--quote-bg:#efe4cc;--mark:#f3d98b;--panel:#fbf5e8}
.mg-root[data-theme=dark]{${DARK}}
@media (prefers-color-scheme:dark){.mg-root[data-theme=system]{${DARK}}}
.mg-nowrap,.mg-root time{white-space:nowrap}
.mg-panel{position:fixed;top:1.25rem;left:1.25rem;z-index:3;display:flex;flex-direction:column;gap:.25rem;padding:.35rem;
  background:var(--panel);border:1px solid var(--line);border-radius:14px;box-shadow:0 2px 12px #0000001a;font:12px/1.3 ${SANS}}
.mg-tool{display:flex;flex-direction:column;align-items:center;gap:.15rem;width:3.6rem;padding:.45rem .2rem .35rem;border:0;border-radius:10px;
  background:transparent;color:var(--fg);font:inherit;cursor:pointer;white-space:nowrap}
.mg-tool:hover,.mg-tool[aria-expanded=true]{background:var(--quote-bg)}
.mg-tool.mg-active{color:var(--accent)}
.mg-tool[data-state=no-voice],.mg-tool[data-state=unavailable]{color:var(--muted)}
.mg-icon{width:20px;height:20px;fill:none;stroke:currentColor;stroke-width:1.8;stroke-linecap:round;stroke-linejoin:round}
.mg-icon .mg-fill{fill:currentColor;stroke:none}
.mg-glyph{display:block;height:20px;font-size:17px;line-height:20px;font-weight:700}
.mg-tool-label{font-size:11px;color:var(--muted)}
.mg-close{border-bottom:1px solid var(--line);border-radius:10px 10px 4px 4px}
.mg-root button{font-family:inherit}
.mg-root button:focus-visible,.mg-root a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.mg-pop{position:fixed;top:1.25rem;left:6.1rem;z-index:3;min-width:17rem;max-width:calc(100vw - 7.5rem);box-sizing:border-box;padding:.8rem .9rem;
  background:var(--panel);color:var(--fg);border:1px solid var(--line);border-radius:12px;box-shadow:0 6px 24px #00000024;font:13px/1.45 ${SANS}}
.mg-pop[hidden],.mg-root [hidden]{display:none!important}
.mg-row{display:flex;align-items:center;justify-content:space-between;gap:.9rem;padding:.35rem 0}
.mg-row+.mg-row{border-top:1px solid var(--line)}
.mg-label{color:var(--muted);white-space:nowrap}
.mg-seg,.mg-step{display:inline-flex;align-items:center;gap:.2rem}
.mg-seg button,.mg-step button,.mg-play button,.mg-item{font:inherit;color:var(--fg);background:transparent;border:1px solid var(--line);border-radius:7px;
  padding:.25rem .6rem;cursor:pointer;white-space:nowrap}
.mg-seg button[aria-pressed=true]{border-color:var(--accent);background:var(--quote-bg);color:var(--accent);font-weight:600}
.mg-step button{width:2rem;padding:.25rem 0;font-weight:600}
.mg-step button:disabled{opacity:.4;cursor:default}
.mg-readout{min-width:5.2rem;text-align:center;font-variant-numeric:tabular-nums;white-space:nowrap}
.mg-themes .mg-seg button[data-value=light]{background:#fbfbf9;color:#1d1d1f}
.mg-themes .mg-seg button[data-value=sepia]{background:#f6efe0;color:#3b2f22}
.mg-themes .mg-seg button[data-value=dark]{background:#18191b;color:#e6e6e3}
.mg-themes .mg-seg button[aria-pressed=true]{outline:2px solid var(--accent);outline-offset:1px}
.mg-play{justify-content:flex-start}
.mg-primary{background:var(--accent)!important;border-color:var(--accent)!important;color:var(--bg)!important;font-weight:600}
.mg-explain{margin:0;max-width:19rem;color:var(--fg);line-height:1.6}
.mg-menu{min-width:12rem;padding:.35rem}
.mg-item{display:block;width:100%;text-align:left;border:0;padding:.45rem .6rem}
.mg-item:hover,.mg-seg button:hover,.mg-step button:hover:not(:disabled){background:var(--quote-bg)}
.mg-status{position:fixed;left:50%;bottom:1.25rem;transform:translateX(-50%);z-index:4;max-width:90%;padding:.45rem .9rem;border-radius:8px;
  background:var(--fg);color:var(--bg);font:13px/1.5 ${SANS};box-shadow:0 2px 10px #0003;pointer-events:none}
.mg-status:empty{display:none}
.mg-article{max-width:var(--width);margin:0 auto;padding:3rem 1.25rem 5rem}
.mg-source{margin:0 0 .5rem;color:var(--muted);font-size:.78em;font-weight:600;letter-spacing:.02em}
.mg-kicker{display:inline-block;margin:0 0 .5rem;padding:0 .45em;border-radius:4px;background:var(--quote-bg);color:var(--accent);font-size:.78em;font-weight:700}
.mg-title{margin:0 0 .6rem;font-size:1.75em;line-height:1.35;font-weight:700;letter-spacing:-.01em}
.mg-subtitle{margin:0 0 1rem;color:var(--muted);font-size:1.05em;line-height:1.6;white-space:pre-line}
.mg-meta{display:flex;flex-wrap:wrap;margin:0 0 1.5rem -1.2em;clip-path:inset(0 0 0 1.2em);padding-bottom:1rem;border-bottom:1px solid var(--line);color:var(--muted);font-size:.8em;line-height:1.7}
.mg-meta a{color:inherit}
/* Each item brings its "·"; the box starts one "·" to the left and clips it: no line opens with one. */
.mg-meta>span::before{content:"·";display:inline-block;width:1.2em;text-align:center}
.mg-note{padding:.6rem .8rem;border-radius:8px;background:var(--quote-bg);color:var(--muted);font-size:.85em}
.mg-keyquotes{margin:0 0 2rem;padding:1rem 1.1rem;border-left:4px solid var(--accent);background:var(--quote-bg);border-radius:0 8px 8px 0;line-height:1.6}
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
.mg-body figure{margin:1.6em 0}
.mg-body figcaption{margin-top:.5em;color:var(--muted);font-size:.8em;line-height:1.6}
.mg-body blockquote{margin:1.4em 0;padding:.2em 0 .2em 1em;border-left:3px solid var(--line);color:var(--muted)}
.mg-body .mg-table{max-width:100%;overflow-x:auto;margin:1.2em 0}
.mg-body table{border-collapse:collapse;width:100%;font-size:.9em;line-height:1.55;font-variant-numeric:tabular-nums}
.mg-body caption{caption-side:top;text-align:left;color:var(--muted);font-size:.9em;padding-bottom:.4em}
.mg-body th,.mg-body td{border:1px solid var(--line);padding:.35em .6em;text-align:left;vertical-align:top;white-space:nowrap}
.mg-body th{font-weight:600;background:var(--quote-bg)}
.mg-body .mg-wrap{white-space:normal;min-width:10em;overflow-wrap:normal}
.mg-body .malgeun-key-quote{background:linear-gradient(transparent 60%,var(--mark) 60%);color:inherit}
.mg-body .mg-reading{background:var(--quote-bg);border-radius:4px}
::highlight(malgeun-tts){background-color:var(--mark);color:inherit}
.mg-footer{margin-top:3rem;padding-top:1rem;border-top:1px solid var(--line);font-size:.85em;color:var(--muted)}
.mg-footer a{color:var(--accent)}
/* Narrow windows: the panel becomes a row at the bottom, popovers open above it. */
@media (max-width:760px){
  .mg-panel{top:auto;bottom:.75rem;left:50%;transform:translateX(-50%);flex-direction:row}
  .mg-close{border-bottom:0;border-right:1px solid var(--line);border-radius:10px 4px 4px 10px}
  .mg-pop{top:auto;bottom:5.6rem;left:50%;transform:translateX(-50%);max-width:calc(100vw - 1.5rem);min-width:min(17rem,calc(100vw - 1.5rem))}
  .mg-status{bottom:auto;top:1rem}
  .mg-article{padding:1.5rem 1rem 7rem}.mg-title{font-size:1.5em}
}
@media print{
  .mg-root{position:static;overflow:visible;background:#fff;color:#000;--muted:#444;--line:#bbb;--accent:#000;--quote-bg:#f3f3f3}
  .mg-panel,.mg-pop,.mg-status{display:none!important}
  .mg-article{max-width:none;padding:0}
  .mg-body a{color:inherit;text-decoration:none}
  .mg-body figure,.mg-body img,.mg-keyquotes{break-inside:avoid}
  .mg-body .mg-table{overflow:visible}
  .mg-body h2,.mg-body h3{break-after:avoid}
}
`;
