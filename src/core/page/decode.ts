/**
 * Bytes -> string for pages read from disk or stdin (no HTTP header to tell the charset). Order:
 *   1. a BOM decides (UTF-8, UTF-16 LE/BE);
 *   2. bytes that are valid UTF-8 are UTF-8, whatever the page declares (saved pages often keep a stale
 *      `<meta charset=euc-kr>` after being re-encoded);
 *   3. otherwise the declared charset (`<meta charset>` / `http-equiv` content-type) in the first 4 KB;
 *   4. otherwise EUC-KR (CP949 superset, WHATWG label `euc-kr`): the legacy Korean default.
 * Korean legacy bytes go through iconv-lite's CP949 (a superset of EUC-KR): Node's TextDecoder('euc-kr') lacks
 * the UHC extension, so syllables such as 똠, 햏, 뷁 come out broken. Other labels use the platform TextDecoder.
 * Only the CLI and the eval read bytes, so this module is never bundled into the extension.
 */
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** The encoding actually used. */
  encoding: string;
  /** The charset the page declared, if any. */
  declared: string | null;
}

const LABELS: Record<string, string> = {
  'euc-kr': 'euc-kr',
  euckr: 'euc-kr',
  cp949: 'euc-kr',
  'ks_c_5601-1987': 'euc-kr',
  ks_c_5601: 'euc-kr',
  'x-windows-949': 'euc-kr',
  'windows-949': 'euc-kr',
  uhc: 'euc-kr',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
};

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv` content-type). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m =
    head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i) ??
    head.match(/<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i);
  return m ? m[1].toLowerCase() : null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  if (encoding === 'euc-kr') return iconv.decode(bytes as Buffer, 'cp949');
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeBytes(input: Uint8Array): Decoded {
  const bytes = input;
  const declared = declaredCharset(bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', declared };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', declared };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', declared };
  }
  if (isValidUtf8(bytes))
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', declared };
  const label = declared ? (LABELS[declared] ?? declared) : 'euc-kr';
  const text =
    tryDecode(bytes, label) ?? tryDecode(bytes, 'euc-kr') ?? new TextDecoder('utf-8').decode(bytes);
  return { text, encoding: label, declared };
}

/** True when the bytes look like text at all (not an image or archive fed by mistake). */
export function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  return ctrl <= n * 0.02;
}
