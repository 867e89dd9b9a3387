export {
  ATTACHMENT_CATEGORIES,
  ATTACHMENT_ISSUE_CODES,
  type AttachmentCategory,
  type AttachmentCategoryId,
  type AttachmentContentInput,
  attachmentCategory,
  attachmentSizeIssue,
  judgeAttachmentContent,
  MAX_ATTACHMENT_BYTES,
} from './categories.js';
export { CONTENT_TYPES, type ContentType, isContentType, previewKind, typeClaimedByName } from './content-types.js';
export { SNIFF_BYTES, sniffContentType } from './sniff.js';
