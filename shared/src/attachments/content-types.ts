import type { Label } from '../rights/roles.js';

/** The content types the sniffer recognises, each with the file-name extensions that claim it. */
export const CONTENT_TYPES = {
  'application/pdf': { extensions: ['pdf'], label: { zh: 'PDF 文档', en: 'PDF document' }, preview: 'pdf' },
  'image/png': { extensions: ['png'], label: { zh: 'PNG 图片', en: 'PNG image' }, preview: 'image' },
  'image/jpeg': { extensions: ['jpg', 'jpeg', 'jpe', 'jfif'], label: { zh: 'JPEG 图片', en: 'JPEG image' }, preview: 'image' },
  'image/gif': { extensions: ['gif'], label: { zh: 'GIF 图片', en: 'GIF image' }, preview: 'image' },
  'image/webp': { extensions: ['webp'], label: { zh: 'WebP 图片', en: 'WebP image' }, preview: 'image' },
  'video/mp4': { extensions: ['mp4', 'm4v'], label: { zh: 'MP4 视频', en: 'MP4 video' }, preview: null },
  'video/quicktime': { extensions: ['mov', 'qt'], label: { zh: 'MOV 视频', en: 'QuickTime video' }, preview: null },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extensions: ['docx'],
    label: { zh: 'Word 文档', en: 'Word document' },
    preview: null,
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    extensions: ['xlsx'],
    label: { zh: 'Excel 表格', en: 'Excel workbook' },
    preview: null,
  },
  'text/plain': { extensions: ['txt', 'text', 'log'], label: { zh: '纯文本', en: 'Plain text' }, preview: null },
} as const satisfies Record<string, { extensions: readonly string[]; label: Label; preview: 'pdf' | 'image' | null }>;

export type ContentType = keyof typeof CONTENT_TYPES;

export const PDF: ContentType = 'application/pdf';
export const IMAGES: readonly ContentType[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
export const VIDEOS: readonly ContentType[] = ['video/mp4', 'video/quicktime'];
export const DOCX: ContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX: ContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const TEXT: ContentType = 'text/plain';

export function isContentType(value: unknown): value is ContentType {
  return typeof value === 'string' && Object.hasOwn(CONTENT_TYPES, value);
}

/** How the dashboard can show a type in the page: an image, a PDF, or not at all (download only). */
export function previewKind(type: string): 'image' | 'pdf' | null {
  return isContentType(type) ? CONTENT_TYPES[type].preview : null;
}

/** The recognised type a file name's extension claims (`scan.PDF` → PDF), or null when it claims none we know. */
export function typeClaimedByName(fileName: string): ContentType | null {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  const extension = fileName.slice(dot + 1).toLowerCase();
  for (const [type, info] of Object.entries(CONTENT_TYPES))
    if ((info.extensions as readonly string[]).includes(extension)) return type as ContentType;
  return null;
}
