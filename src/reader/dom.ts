/** Tiny element builders for the reader (text only: nothing here parses HTML). */

type Attrs = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | false | undefined;

export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A 24×24 line icon from path data (stroked; `fill` paths are filled). */
export function icon(doc: Document, paths: string[], fill: string[] = []): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'mg-icon');
  for (const [d, filled] of [
    ...paths.map((p) => [p, false] as const),
    ...fill.map((p) => [p, true] as const),
  ]) {
    const p = doc.createElementNS(SVG, 'path');
    p.setAttribute('d', d);
    if (filled) p.setAttribute('class', 'mg-fill');
    svg.append(p);
  }
  return svg;
}

export const ICONS = {
  close: ['M6 6l12 12M18 6L6 18'],
  listen: ['M16 8.8a4.5 4.5 0 0 1 0 6.4M18.8 6a8.5 8.5 0 0 1 0 12'],
  listenFill: ['M4 9.5v5h3.5L12 18.5v-13L7.5 9.5z'],
  export: ['M12 4v11M7.5 10.5 12 15l4.5-4.5M5 19.5h14'],
};
