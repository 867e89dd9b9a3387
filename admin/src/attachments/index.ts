export { type AttachmentOwnerType, AttachmentsPanel } from './AttachmentsPanel';
