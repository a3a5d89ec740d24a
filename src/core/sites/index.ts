/**
 * The site-rule registry. Rules are hints on top of the generic Korean heuristics: a host match gives the
 * outlet's name, article URL shapes, body selectors and known clutter; a redesign degrades to the generic path.
 */
import { selectFirst } from '../page/select';
import type { Walk } from '../page/walk';
import { ajunews } from './ajunews';
import { chosun } from './chosun';
import { daum } from './daum';
import { donga } from './donga';
import { edaily } from './edaily';
import { entermedia } from './entermedia';
import { hani } from './hani';
import { hankookilbo } from './hankookilbo';
import { hankyung } from './hankyung';
import { heraldcorp } from './heraldcorp';
import { joongang } from './joongang';
import { jtbc } from './jtbc';
import { kbs } from './kbs';
import { khan } from './khan';
import { mbc } from './mbc';
import { mbn } from './mbn';
import { mk } from './mk';
import { mt } from './mt';
import { nate } from './nate';
import { naver } from './naver';
import { ndsoft } from './ndsoft';
import { news1 } from './news1';
import { newsbell } from './newsbell';
import { newsis } from './newsis';
import { sbs } from './sbs';
import { segye } from './segye';
import { seoul } from './seoul';
import { tvchosun } from './tvchosun';
import type { SiteRule } from './types';
import { yna } from './yna';
import { yonhapnewstv } from './yonhapnewstv';
import { ytn } from './ytn';
import { zdnet } from './zdnet';

export type { SiteRule } from './types';

/** Every known rule; hosts are matched as suffixes, so order only matters for overlapping hosts. */
export const SITES: readonly SiteRule[] = [
  ajunews,
  chosun,
  daum,
  donga,
  edaily,
  entermedia,
  hani,
  hankookilbo,
  hankyung,
  heraldcorp,
  joongang,
  jtbc,
  kbs,
  khan,
  mbc,
  mbn,
  mk,
  mt,
  nate,
  naver,
  ndsoft,
  news1,
  newsbell,
  newsis,
  sbs,
  segye,
  seoul,
  tvchosun,
  yna,
  yonhapnewstv,
  ytn,
  zdnet,
];

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The rule whose host (or host suffix) matches the URL, or null for an unknown site. */
export function findSite(url: string): SiteRule | null {
  const host = hostOf(url);
  if (!host) return null;
  let best: SiteRule | null = null;
  let bestLen = 0;
  for (const site of SITES) {
    for (const h of site.hosts) {
      if ((host === h || host.endsWith(`.${h}`)) && h.length > bestLen) {
        best = site;
        bestLen = h.length;
      }
    }
  }
  return best;
}

const NDSOFT_BODY = '#article-view-content-div';

/**
 * The page carries the ND-soft CMS story body (hundreds of small outlets share it). Through `select`: the
 * browser's own engine there, the walk's index in Node.
 */
export function hasNdsoftMarkup(doc: Document, walk?: Walk): boolean {
  return walk ? !!selectFirst(walk, NDSOFT_BODY) : !!doc.querySelector(NDSOFT_BODY);
}

/** The ND-soft CMS rule when the page carries its markup. */
export function findSiteByMarkup(doc: Document, walk?: Walk): SiteRule | null {
  return hasNdsoftMarkup(doc, walk) ? ndsoft : null;
}

/** Path + search of a URL, for matching `articlePath`. */
export function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return '';
  }
}
