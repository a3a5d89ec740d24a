/**
 * Styles of the block picker. HOST_STYLE is the host element's own inline style (inline and !important, so
 * no page rule can move, hide or catch clicks with it); PICKER_CSS lives inside the closed shadow root, where
 * the page's CSS cannot reach it and from where ours cannot leak.
 */

export const PICKER_HOST_ID = 'malgeun-picker';

export const HOST_STYLE = [
  'all:initial',
  'display:block',
  'position:fixed',
  'inset:0',
  'z-index:2147483647',
  'pointer-events:none',
  'margin:0',
  'transform:none',
  'filter:none',
  'opacity:1',
  'visibility:visible',
  'contain:strict',
]
  .map((d) => `${d}!important`)
  .join(';');

const FONT =
  '"Pretendard", "Apple SD Gothic Neo", "Noto Sans KR", "Noto Sans CJK KR", "Malgun Gothic", system-ui, sans-serif';

export const PICKER_CSS = `
:host{all:initial}
*{box-sizing:border-box}
.box{position:fixed;left:0;top:0;width:0;height:0;display:none;pointer-events:none;
  border:2px solid #2f6f4f;background:rgba(47,111,79,.16);border-radius:2px;
  box-shadow:0 0 0 1px rgba(255,255,255,.85)}
.box.refused{border-color:#b3261e;background:rgba(179,38,30,.14)}
.tag{position:fixed;left:0;top:0;display:none;max-width:min(560px,90vw);pointer-events:none;
  font:600 12px/1.4 ${FONT};color:#fff;background:#2f6f4f;padding:3px 8px;border-radius:4px;
  white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.tag.refused{background:#b3261e}
.tag .size{font-weight:400;opacity:.9;margin-left:6px}
.bar{position:fixed;left:50%;bottom:16px;transform:translateX(-50%);pointer-events:none;
  display:flex;flex-direction:column;align-items:center;gap:6px;max-width:min(640px,94vw)}
.hint,.toast{font:13px/1.5 ${FONT};color:#fff;background:rgba(28,28,30,.92);padding:8px 14px;
  border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.25);word-break:keep-all;text-align:center}
.toast{display:none;background:#2f6f4f}
.toast.show{display:block}
.toast.refused{background:#b3261e}
.toast code{font:12px/1.4 ui-monospace,monospace;background:rgba(255,255,255,.18);padding:0 4px;border-radius:3px;
  word-break:break-all}
`;
