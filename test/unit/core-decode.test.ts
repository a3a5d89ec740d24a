// decodeBytes: pages read as bytes (CLI, stdin) decode right without an HTTP header.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, looksLikeText } from '../../src/core/page/decode';

const KO = '<p>정부가 예산안을 발표했다. 똠방각하 햏 뷁</p>';
const html = (charset: string) =>
  `<html><head><meta charset="${charset}"><title>뉴스</title></head><body>${KO}</body></html>`;

describe('decodeBytes', () => {
  it('decodes a UTF-8 BOM page', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(html('utf-8'))]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text.startsWith('<html>')).toBe(true);
    expect(d.text).toContain(KO);
  });

  it('decodes an EUC-KR page declared in <meta charset>', () => {
    const d = decodeBytes(new Uint8Array(iconv.encode(html('euc-kr'), 'euc-kr')));
    expect(d.encoding).toBe('euc-kr');
    expect(d.text).toContain('정부가 예산안을 발표했다.');
  });

  it('decodes CP949-only syllables (똠, 햏, 뷁) from a page declaring ks_c_5601-1987', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"></head><body>${KO}</body></html>`;
    const d = decodeBytes(new Uint8Array(iconv.encode(page, 'cp949')));
    expect(d.text).toContain('똠방각하 햏 뷁');
  });

  it('reads a page that declares euc-kr but whose bytes are UTF-8 as UTF-8', () => {
    const d = decodeBytes(new Uint8Array(Buffer.from(html('euc-kr'))));
    expect(d.declared).toBe('euc-kr');
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain(KO);
  });

  it('falls back to EUC-KR for undeclared legacy bytes', () => {
    const d = decodeBytes(new Uint8Array(iconv.encode(`<html><body>${KO}</body></html>`, 'euc-kr')));
    expect(d.text).toContain('정부가 예산안을 발표했다.');
  });

  it('tells text from binary junk', () => {
    expect(looksLikeText(new Uint8Array(Buffer.from(html('utf-8'))))).toBe(true);
    expect(looksLikeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe(
      false,
    );
  });
});
