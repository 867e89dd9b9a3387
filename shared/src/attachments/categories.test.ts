import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_CATEGORIES,
  ATTACHMENT_ISSUE_CODES,
  attachmentCategory,
  attachmentSizeIssue,
  judgeAttachmentContent,
  MAX_ATTACHMENT_BYTES,
} from './categories.js';
import { CONTENT_TYPES, isContentType, previewKind, typeClaimedByName } from './content-types.js';

const MB = 1024 * 1024;
const PDF = new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj\n', 'latin1'));
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const MP4 = new Uint8Array([0, 0, 0, 0x18, ...Buffer.from('ftypmp42', 'latin1'), 0, 0, 0, 0]);
const judge = (category: unknown, fileName: unknown, head: Uint8Array, declaredType?: unknown) =>
  judgeAttachmentContent({ category, fileName, head, declaredType, complete: true });
const codeOf = (r: ReturnType<typeof judge>) => (r.ok ? 'OK' : r.issues[0].code);

describe('attachment categories', () => {
  it('Product rule: nine categories, each labelled, cited, limited and typed', () => {
    expect(ATTACHMENT_CATEGORIES.map((c) => c.id)).toEqual([
      'licence',
      'staff_certificate',
      'lease',
      'agreement',
      'video',
      'photo',
      'evidence',
      'other',
      'grant_document',
    ]);
    for (const c of ATTACHMENT_CATEGORIES) {
      expect(c.label.zh && c.label.en && c.citation).toBeTruthy();
      expect(c.maxBytes).toBeGreaterThan(0);
      expect(c.types.length).toBeGreaterThan(0);
      for (const t of c.types) expect(isContentType(t)).toBe(true);
    }
  });

  it('Qinhuangdao art. 19: a home-visit video may run to hundreds of MB; a photo may not', () => {
    expect(attachmentCategory('video')?.maxBytes).toBe(500 * MB);
    expect(MAX_ATTACHMENT_BYTES).toBe(500 * MB);
    expect(attachmentSizeIssue('video', 300 * MB)).toBeNull();
    expect(attachmentSizeIssue('photo', 20 * MB)).toBeNull();
    expect(attachmentSizeIssue('photo', 20 * MB + 1)).toMatchObject({ path: 'file', code: 'TOO_LARGE' });
    expect(attachmentSizeIssue('nonsense', 1)).toMatchObject({ code: 'UNKNOWN_CATEGORY' });
  });

  it('Xinjiang art. 7(一): a licence scan as PDF or image is accepted, its type taken from the content', () => {
    const r = judge('licence', '营业执照.pdf', PDF);
    expect(r.ok && r.value.contentType).toBe('application/pdf');
    expect(r.ok && r.trace.map((s) => s.rule)).toEqual(['attachments.sniff', 'attachments.typeAllowed']);
    expect(codeOf(judge('licence', '执业许可证', PNG))).toBe('OK');
    expect(codeOf(judge('licence', 'scan.PNG', PNG, 'image/png'))).toBe('OK');
    // a declared type we do not recognise (browsers send octet-stream) is no claim
    expect(codeOf(judge('licence', 'scan', PNG, 'application/octet-stream'))).toBe('OK');
  });

  it('Product rule: a name or declared type that the content contradicts is refused', () => {
    expect(codeOf(judge('licence', 'licence.pdf', PNG))).toBe('CONTENT_TYPE_MISMATCH');
    expect(codeOf(judge('licence', 'licence', PNG, 'application/pdf'))).toBe('CONTENT_TYPE_MISMATCH');
    expect(codeOf(judge('photo', 'holiday.jpg', PNG))).toBe('CONTENT_TYPE_MISMATCH');
  });

  it('Product rule: content of a type the category does not take, unrecognised content, empty files, unknown categories', () => {
    expect(codeOf(judge('photo', 'visit.mp4', MP4))).toBe('TYPE_NOT_ALLOWED');
    expect(codeOf(judge('video', 'visit.mp4', MP4))).toBe('OK');
    expect(codeOf(judge('licence', 'setup.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0])))).toBe('UNRECOGNIZED_CONTENT');
    expect(codeOf(judge('licence', 'a.pdf', new Uint8Array()))).toBe('EMPTY_FILE');
    expect(codeOf(judge('x', 'a.pdf', PDF))).toBe('UNKNOWN_CATEGORY');
    expect(codeOf(judge({ __proto__: null }, null, PDF))).toBe('UNKNOWN_CATEGORY');
    expect(codeOf(judgeAttachmentContent({ category: 'other', fileName: 1, head: null as never, complete: true }))).toBe('EMPTY_FILE');
    const codes = new Set<string>(ATTACHMENT_ISSUE_CODES);
    for (const r of [judge('x', '', PDF), judge('photo', 'a.mp4', MP4)]) if (!r.ok) expect(codes.has(r.issues[0].code)).toBe(true);
  });

  it('Product rule: the dashboard previews images and PDFs only; extensions claim the types they name', () => {
    expect(previewKind('application/pdf')).toBe('pdf');
    expect(previewKind('image/webp')).toBe('image');
    expect(previewKind('video/mp4')).toBeNull();
    expect(previewKind('text/html')).toBeNull();
    expect(typeClaimedByName('合同.DOCX')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(typeClaimedByName('notes.md')).toBeNull();
    expect(typeClaimedByName('README')).toBeNull();
    const extensions = Object.values(CONTENT_TYPES).flatMap((t) => [...t.extensions]);
    expect(new Set(extensions).size).toBe(extensions.length);
  });
});
