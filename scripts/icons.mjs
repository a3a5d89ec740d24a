#!/usr/bin/env node
// `npm run icons`: renders icons/malgeun.svg to the PNG sizes the stores and manifest ask for
// (16, 32, 48, 96, 128). The PNGs are committed so a build needs no native renderer; run this after editing
// the SVG. resvg renders without system fonts, which is why the mark is shapes only.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'icons');
const svg = readFileSync(join(dir, 'malgeun.svg'), 'utf8');
for (const size of [16, 32, 48, 96, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(dir, `icon-${size}.png`), png);
  console.log(`icons/icon-${size}.png  ${png.length} B`);
}
