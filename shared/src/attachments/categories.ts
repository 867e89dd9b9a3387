import { fail, type PolicyIssue, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import type { Label } from '../rights/roles.js';
import {
  CONTENT_TYPES,
  type ContentType,
  DOCX,
  IMAGES,
  isContentType,
  PDF,
  TEXT,
  typeClaimedByName,
  VIDEOS,
  XLSX,
} from './content-types.js';
import { sniffContentType } from './sniff.js';

const MB = 1024 * 1024;

export interface AttachmentCategory {
  id: string;
  label: Label;
  /** The largest file accepted, in bytes; the server enforces it while the upload streams. */
  maxBytes: number;
  /** The content types accepted, as judged from the file's content. */
  types: readonly ContentType[];
  citation: string;
}

const category = <const I extends string>(
  id: I,
  zh: string,
  en: string,
  maxBytes: number,
  types: readonly ContentType[],
  citation: string,
): AttachmentCategory & { id: I } => ({ id, label: { zh, en }, maxBytes, types, citation });

const SCANS = [PDF, ...IMAGES.filter((t) => t !== 'image/gif')];

/**
 * The kinds of file a record can carry, each with its size limit and accepted types. The limits
 * are ours (Product rule); a home-visit or on-site assessment video runs to hundreds of MB.
 */
export const ATTACHMENT_CATEGORIES = [
  category('licence', '证照（营业执照、执业许可证）', 'Licence', 20 * MB, SCANS, 'Xinjiang art. 7(一)'),
  category('staff_certificate', '人员资格证书', 'Staff certificate', 20 * MB, SCANS, 'Xinjiang art. 7(三)'),
  category('lease', '产权证明或租赁合同', 'Title deed or lease', 30 * MB, [...SCANS, DOCX], 'Xinjiang art. 7(四)'),
  category('agreement', '服务协议（签署件）', 'Signed agreement', 30 * MB, [...SCANS, DOCX], 'Xinjiang art. 10'),
  category('video', '视频录像', 'Video', 500 * MB, VIDEOS, 'Qinhuangdao art. 19; Changzhou item 9(1)'),
  category('photo', '照片', 'Photo', 20 * MB, IMAGES, 'Changzhou item 9(1)'),
  category('evidence', '佐证材料', 'Evidence', 500 * MB, [PDF, ...IMAGES, ...VIDEOS, DOCX, XLSX, TEXT], 'Qinhuangdao art. 19, 24'),
  category('other', '其他材料', 'Other', 20 * MB, [PDF, ...IMAGES, DOCX, XLSX, TEXT], 'Xinjiang art. 17'),
  category('grant_document', '拨款文件或捐赠协议', 'Grant or donation document', 20 * MB, [...SCANS, DOCX], 'Qinhuangdao art. 51'),
] as const;

export type AttachmentCategoryId = (typeof ATTACHMENT_CATEGORIES)[number]['id'];

/** The largest file any category accepts: the upload's hard ceiling before its category is known. */
export const MAX_ATTACHMENT_BYTES = Math.max(...ATTACHMENT_CATEGORIES.map((c) => c.maxBytes));

export function attachmentCategory(id: unknown): AttachmentCategory | undefined {
  return ATTACHMENT_CATEGORIES.find((c) => c.id === id);
}

/** The stable codes of a refused upload, in `extensions.reason` and each issue's `code`. */
export const ATTACHMENT_ISSUE_CODES = [
  'UNKNOWN_CATEGORY',
  'EMPTY_FILE',
  'TOO_LARGE',
  'UNRECOGNIZED_CONTENT',
  'CONTENT_TYPE_MISMATCH',
  'TYPE_NOT_ALLOWED',
] as const;

export interface AttachmentContentInput {
  category: unknown;
  fileName: unknown;
  /** The type the client sent with the part; like the name, it is a claim to check, never believed. */
  declaredType?: unknown;
  /** The file's first bytes (`SNIFF_BYTES`, or the whole of a smaller file). */
  head: Uint8Array;
  /** Whether `head` is the whole file. */
  complete: boolean;
}

/**
 * Judge an upload by its content: the type the bytes show, which the category must accept; a name
 * or declared type that claims another known type is refused (CONTENT_TYPE_MISMATCH), so a renamed
 * file never passes as what it is not.
 */
export function judgeAttachmentContent(input: AttachmentContentInput): PolicyResult<{ contentType: ContentType }> {
  const tracer = new Tracer();
  const cat = attachmentCategory(input.category);
  if (!cat) return fail([issue('category', 'UNKNOWN_CATEGORY', `未知的附件类别：${shown(input.category)}`)]);
  if (!(input.head instanceof Uint8Array) || input.head.length === 0) return fail([issue('file', 'EMPTY_FILE', '文件为空')]);
  const sniffed = sniffContentType(input.head, input.complete === true);
  tracer.step(
    'attachments.sniff',
    'Product rule: the type is judged from the content, never from the name',
    { bytes: input.head.length },
    sniffed,
  );
  if (!sniffed) return fail([issue('file', 'UNRECOGNIZED_CONTENT', `无法识别的文件内容；${cat.label.zh}可上传：${typeNames(cat)}`)]);
  const claims = [
    typeof input.fileName === 'string' ? typeClaimedByName(input.fileName) : null,
    isContentType(input.declaredType) ? input.declaredType : null,
  ].filter((t): t is ContentType => t !== null);
  const contradicted = claims.find((t) => t !== sniffed);
  if (contradicted)
    return fail([
      issue(
        'file',
        'CONTENT_TYPE_MISMATCH',
        `文件内容是${CONTENT_TYPES[sniffed].label.zh}，与文件名或声明的${CONTENT_TYPES[contradicted].label.zh}不符`,
      ),
    ]);
  if (!cat.types.includes(sniffed))
    return fail([issue('file', 'TYPE_NOT_ALLOWED', `${cat.label.zh}不接受${CONTENT_TYPES[sniffed].label.zh}；可上传：${typeNames(cat)}`)]);
  tracer.step('attachments.typeAllowed', cat.citation, { category: cat.id, types: cat.types }, true);
  return { ok: true, value: { contentType: sniffed }, trace: tracer.steps };
}

/** TOO_LARGE when `bytes` exceeds the category's limit (the server checks this with every chunk it receives). */
export function attachmentSizeIssue(categoryId: unknown, bytes: number): PolicyIssue | null {
  const cat = attachmentCategory(categoryId);
  if (!cat) return issue('category', 'UNKNOWN_CATEGORY', `未知的附件类别：${shown(categoryId)}`);
  return bytes > cat.maxBytes ? issue('file', 'TOO_LARGE', `${cat.label.zh}不能超过 ${cat.maxBytes / MB} MB`) : null;
}

function typeNames(cat: AttachmentCategory): string {
  return cat.types.map((t) => CONTENT_TYPES[t].label.zh).join('、');
}

function issue(path: string, code: (typeof ATTACHMENT_ISSUE_CODES)[number], message: string): PolicyIssue {
  return { path, code, message };
}
