import { describe, expect, it } from 'vitest';
import { SNIFF_BYTES, sniffContentType } from './sniff.js';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
/** A ZIP local file header naming `name` (the sniffer reads only the names). */
const zipEntry = (name: string, body = 'xx') => {
  const header = new Array(30).fill(0);
  header.splice(0, 4, 0x50, 0x4b, 0x03, 0x04);
  header[26] = name.length;
  return [...header, ...Buffer.from(name + body, 'latin1')];
};

describe('sniffContentType: the type from the content, never the name', () => {
  it.each([
    ['application/pdf', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['application/pdf', bytes('\r\n\r\n%PDF-1.4\n')],
    ['image/png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR')],
    ['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF')],
    ['image/gif', bytes('GIF89a', [1, 0, 1, 0])],
    ['image/gif', bytes('GIF87a', [1, 0, 1, 0])],
    ['image/webp', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')],
    ['video/mp4', bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0], 'isomiso2avc1mp41')],
    ['video/quicktime', bytes([0, 0, 0, 0x14], 'ftypqt  ', [0, 0, 0, 0], 'qt  ')],
    ['video/quicktime', bytes([0, 0, 0, 8], 'wide', [0, 0, 0, 8], 'mdat')],
    [
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      new Uint8Array([...zipEntry('[Content_Types].xml'), ...zipEntry('word/document.xml')]),
    ],
    [
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      new Uint8Array([...zipEntry('_rels/.rels'), ...zipEntry('xl/workbook.xml')]),
    ],
    ['text/plain', new Uint8Array(Buffer.from('\uFEFF机构名称,地址\r\n颐养院,秦皇岛市海港区\t1号\n', 'utf8'))],
  ])('Product rule: recognises %s', (type, head) => {
    expect(sniffContentType(head)).toBe(type);
  });

  it.each([
    ['nothing', new Uint8Array()],
    ['a Windows executable', bytes('MZ', [0x90, 0, 3, 0, 0, 0])],
    ['an ELF binary', bytes([0x7f], 'ELF', [2, 1, 1])],
    ['an old Word file (OLE)', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['a bare ZIP', new Uint8Array(zipEntry('readme.txt'))],
    ['text with a NUL', bytes('hello', [0], 'world')],
    ['invalid UTF-8', bytes([0x68, 0xc3, 0x28])],
    ['an overlong encoding', bytes([0xe0, 0x80, 0xaf])],
    ['a surrogate', bytes([0xed, 0xa0, 0x80])],
    ['beyond U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80])],
    ['DEL', bytes('a', [0x7f])],
    ['a PDF marker after 1024 bytes', bytes(new Array(1100).fill(0), '%PDF-1.4')],
  ])('Product rule: refuses to name %s', (_what, head) => {
    expect(sniffContentType(head)).toBeNull();
  });

  it('Product rule: a text head cut mid-character is text while the file goes on, not when it ends there', () => {
    const cut = new Uint8Array([...Buffer.from('秦皇岛', 'utf8')].slice(0, 7));
    expect(sniffContentType(cut, false)).toBe('text/plain');
    expect(sniffContentType(cut, true)).toBeNull();
    expect(sniffContentType(cut)).toBeNull();
    expect(sniffContentType(new Uint8Array(SNIFF_BYTES).fill(0x61))).toBe('text/plain');
  });
});
