import { type ContentType, DOCX, PDF, TEXT, XLSX } from './content-types.js';

/** How many leading bytes the sniffer reads: enough for a ZIP's first entry names and a text's first lines. */
export const SNIFF_BYTES = 64 * 1024;

const ascii = (bytes: Uint8Array, at: number, text: string) => {
  if (bytes.length < at + text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
};
const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * The type of a file judged from its first bytes (at most `SNIFF_BYTES`; all of them for a smaller
 * file), never from its name: magic numbers for PDF, PNG, JPEG, GIF, WebP, MP4/MOV, the entry
 * names of a ZIP for .docx / .xlsx, and valid UTF-8 without control characters for plain text.
 * Null when the content is none of these (an executable, an old .doc, a bare ZIP, …).
 * `complete` says the head is the whole file (a text cut at the head's end may end mid-character).
 */
export function sniffContentType(head: Uint8Array, complete = head.length < SNIFF_BYTES): ContentType | null {
  if (head.length === 0) return null;
  if (pdfHeaderAt(head) >= 0) return PDF;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (ascii(head, 0, 'GIF87a') || ascii(head, 0, 'GIF89a')) return 'image/gif';
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return 'image/webp';
  const video = isoMediaType(head);
  if (video) return video;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return officeType(head);
  return isPlainText(head, complete) ? TEXT : null;
}

/** "%PDF-" within the first 1024 bytes, as readers accept (ISO 32000-1 §7.5.2, Implementation note). */
function pdfHeaderAt(head: Uint8Array): number {
  const limit = Math.min(head.length - 5, 1024);
  for (let i = 0; i <= limit; i++) if (ascii(head, i, '%PDF-')) return i;
  return -1;
}

/** ISO base media (MP4) and QuickTime: a `ftyp` box first (brand `qt  ` is QuickTime), or an old QuickTime's first atom. */
function isoMediaType(head: Uint8Array): ContentType | null {
  if (ascii(head, 4, 'ftyp')) return ascii(head, 8, 'qt  ') ? 'video/quicktime' : 'video/mp4';
  if (['moov', 'mdat', 'wide'].some((atom) => ascii(head, 4, atom))) return 'video/quicktime';
  return null;
}

/** A ZIP is .docx when an entry lies under `word/`, .xlsx under `xl/` (ECMA-376 part 1 §11, §12); any other ZIP: null. */
function officeType(head: Uint8Array): ContentType | null {
  for (let at = 0; at + 30 <= head.length; at++) {
    if (!(head[at] === 0x50 && head[at + 1] === 0x4b && head[at + 2] === 0x03 && head[at + 3] === 0x04)) continue;
    const nameLength = head[at + 26] | (head[at + 27] << 8);
    if (ascii(head, at + 30, 'word/')) return DOCX;
    if (ascii(head, at + 30, 'xl/')) return XLSX;
    at += 29 + nameLength;
  }
  return null;
}

/** Valid UTF-8 (a BOM allowed) with no control characters but tab, line feed, form feed and carriage return. */
function isPlainText(head: Uint8Array, complete: boolean): boolean {
  let i = 0;
  while (i < head.length) {
    const b = head[i];
    if (b < 0x80) {
      if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return false;
      if (b === 0x7f) return false;
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!length) return false;
    // a character cut by the end of the head (not of the file) is not an error
    if (i + length > head.length) return !complete;
    for (let k = 1; k < length; k++) if ((head[i + k] & 0xc0) !== 0x80) return false;
    const second = head[i + 1];
    if (b === 0xe0 && second < 0xa0) return false; // overlong
    if (b === 0xed && second > 0x9f) return false; // UTF-16 surrogates
    if (b === 0xf0 && second < 0x90) return false; // overlong
    if (b === 0xf4 && second > 0x8f) return false; // beyond U+10FFFF
    i += length;
  }
  return true;
}
