import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Request, Response, Router } from 'express';
import { ForbiddenError } from '../common/errors.js';
import { logger } from '../logger.js';
import type { AttachmentFiles } from '../modules/attachments/attachment.files.js';
import { receiveUpload } from '../modules/attachments/attachment.upload.js';
import { authorize, type CallerOf, sendError } from './http-errors.js';

/**
 * POST /api/attachments (multipart/form-data: ownerType, ownerId, category, then the file) with
 * the Bearer token: streamed to disk, judged on the way, stored with its row and audit entry.
 * GET /api/attachments/:id: the file, after the right and the region are checked and the download
 * audited; served as a download under its original name, never sniffed or run by the browser.
 */
export function mountAttachments(router: Router, callerOf: CallerOf, files: AttachmentFiles): void {
  router.post('/api/attachments', async (req: Request, res: Response) => {
    try {
      // TPA staff may upload only their self-check's evidence, fund managers only a grant's document
      // (attachment-owners.ts decides the owner and its own right)
      const caller = await authorize(callerOf, req, 'attachment.create')
        .catch((error) =>
          error instanceof ForbiddenError ? authorize(callerOf, req, 'tpaAssessment.submit_self_check') : Promise.reject(error),
        )
        .catch((error) => (error instanceof ForbiddenError ? authorize(callerOf, req, 'fundGrant.create') : Promise.reject(error)));
      const received = await receiveUpload(req, files.storage, (fields) => files.checkTarget(caller, fields));
      const attachment = await files.store(caller, received);
      const { storageKey: _key, deletedAt: _d, deletedBy: _b, ...shown } = attachment;
      res.status(201).json({ attachment: shown });
    } catch (error) {
      // nothing more of this body is wanted; the answer goes out as soon as it is read
      if (!req.complete) req.resume();
      sendError(res, error);
    }
  });

  router.get('/api/attachments/:id', async (req: Request, res: Response) => {
    try {
      const caller = await authorize(callerOf, req, 'attachment.read');
      const { attachment, path } = await files.download(caller, String(req.params.id));
      res.status(200);
      res.setHeader('content-type', attachment.contentType);
      res.setHeader('content-length', String(attachment.sizeBytes));
      res.setHeader('content-disposition', contentDisposition(attachment.fileName));
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('content-security-policy', "default-src 'none'; sandbox");
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('x-content-sha256', attachment.sha256);
      await pipeline(createReadStream(path), res);
    } catch (error) {
      if (res.headersSent) logger.warn({ err: error }, 'attachment download interrupted');
      sendError(res, error);
    }
  });
}

/** RFC 6266: an ASCII fallback name, and the original (UTF-8, e.g. Chinese) name in `filename*` (RFC 8187). */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
