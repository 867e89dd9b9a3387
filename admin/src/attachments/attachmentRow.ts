/** An attachment as `allAttachments` lists it. */
export interface AttachmentRow {
  id: string;
  category: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedByName: string;
  createdAt: string;
}

/** Bytes as a person reads them: 812 B, 14.2 KB, 21.0 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
