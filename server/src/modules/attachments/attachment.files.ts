import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { NotFoundError } from '../../common/errors.js';
import { logger } from '../../logger.js';
import { recordAudit } from '../audit/audit.service.js';
import { Attachment } from './attachment.entity.js';
import { ENTITY, live } from './attachment.service.js';
import type { AttachmentStorage } from './attachment.storage.js';
import type { ReceivedFile, UploadFields } from './attachment.upload.js';
import { type AttachmentOwnerType, ownerRegion } from './attachment-owners.js';

export interface UploadTarget {
  ownerType: AttachmentOwnerType;
  ownerId: string;
}

/** The bytes of attachments: stored with their row and audit entry, served after an audited check of right and region. */
export class AttachmentFiles {
  constructor(
    private readonly db: Db,
    readonly storage: AttachmentStorage,
  ) {}

  /** Before any byte is stored: the owner must be a record of the caller's regions (else NOT_FOUND / FORBIDDEN). */
  async checkTarget(caller: Caller, fields: UploadFields): Promise<UploadTarget> {
    await this.db.read(caller, (scope) => ownerRegion(scope, fields.ownerType, fields.ownerId));
    return { ownerType: fields.ownerType as AttachmentOwnerType, ownerId: fields.ownerId };
  }

  /** The row, its audit entry and the file's move into place, together: a failed commit removes the placed file. */
  async store(caller: Caller, file: ReceivedFile<UploadTarget>): Promise<Attachment> {
    const key = this.storage.keyFor(file.id);
    let placed = false;
    try {
      return await this.db.write(caller, 'uploadAttachment', async (scope) => {
        // read again in the transaction: the owner may have gone while the file streamed
        const regionId = await ownerRegion(scope, file.prepared.ownerType, file.prepared.ownerId);
        const row = scope.em.create(Attachment, {
          id: file.id,
          ownerType: file.prepared.ownerType,
          ownerId: file.prepared.ownerId,
          regionId,
          category: file.category.id as Attachment['category'],
          fileName: file.fileName,
          contentType: file.contentType,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
          storageKey: key,
          uploadedBy: caller.id,
          uploadedByName: caller.username,
          deletedAt: null,
          deletedBy: null,
        });
        const saved = await scope.em.save(row);
        await recordAudit(scope.em, caller, { operation: 'create', entityType: ENTITY, entityId: saved.id, regionId, after: saved });
        await this.storage.place(file.incomingPath, key);
        placed = true;
        return saved;
      });
    } catch (error) {
      await this.storage.remove(placed ? this.storage.path(key) : file.incomingPath);
      throw error;
    }
  }

  /** One audit row per download, written before the first byte leaves; a deleted or missing file is NOT_FOUND. */
  download(caller: Caller, id: string): Promise<{ attachment: Attachment; path: string }> {
    return this.db.write(caller, 'downloadAttachment', async (scope) => {
      const attachment = await live(scope, id);
      if (!(await this.storage.exists(attachment.storageKey))) {
        logger.error({ attachment: attachment.id, key: attachment.storageKey }, 'attachment file missing from the storage folder');
        throw new NotFoundError('附件文件', id);
      }
      await recordAudit(scope.em, caller, {
        operation: 'download',
        entityType: ENTITY,
        entityId: attachment.id,
        regionId: attachment.regionId,
        after: { fileName: attachment.fileName, sha256: attachment.sha256, sizeBytes: attachment.sizeBytes },
      });
      return { attachment, path: this.storage.path(attachment.storageKey) };
    });
  }
}
