import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { NotFoundError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import { applyListArgs, countRows } from '../../common/list-args.js';
import type { Scope } from '../../common/scope.js';
import { recordAudit } from '../audit/audit.service.js';
import { isTpaOnly, restrictTpaAttachments } from '../tpa/tpa-scope.js';
import { ATTACHMENT_SORT, type AttachmentFilter, type AttachmentListArgs } from './attachment.args.js';
import { Attachment } from './attachment.entity.js';

export const ENTITY = 'Attachment';

/** The attachments of the caller's regions: listed and deleted (hidden) through the scope; files.ts stores and serves the bytes. */
export class AttachmentService {
  constructor(private readonly db: Db) {}

  list(caller: Caller, args: AttachmentListArgs): Promise<Attachment[]> {
    return this.db.read(caller, (scope) => applyListArgs(filtered(scope, args.filter), args, ATTACHMENT_SORT).getMany());
  }

  count(caller: Caller, filter?: AttachmentFilter): Promise<number> {
    return this.db.read(caller, (scope) => countRows(filtered(scope, filter)));
  }

  /** Hidden, not erased: the row and the file stay for the archive (Xinjiang art. 17) and the audit trail. */
  delete(caller: Caller, id: string): Promise<Attachment> {
    return this.db.write(caller, 'deleteAttachment', async (scope) => {
      const before = await live(scope, id, true);
      scope.assertRegion(before.regionId);
      const after = { ...before, deletedAt: new Date(), deletedBy: caller.id };
      await scope.em.update(Attachment, { id: before.id }, { deletedAt: after.deletedAt, deletedBy: caller.id });
      await recordAudit(scope.em, caller, {
        operation: 'delete',
        entityType: ENTITY,
        entityId: before.id,
        regionId: before.regionId,
        before,
        after,
      });
      return after;
    });
  }
}

export async function live(scope: Scope, id: string, lock = false): Promise<Attachment> {
  const row = await scope.one(Attachment, id, { lock });
  if (row.deletedAt) throw new NotFoundError('附件', id);
  if (
    isTpaOnly(scope.caller) &&
    !(await restrictTpaAttachments(scope, scope.rows(Attachment, 'a'), 'a').andWhere('a.id = :id', { id }).getExists())
  )
    throw new NotFoundError('附件', id);
  return row;
}

function filtered(scope: Scope, given?: AttachmentFilter | null) {
  const filter = given ?? {};
  const qb = restrictTpaAttachments(scope, scope.rows(Attachment, 'a', filter.regionId), 'a').andWhere('a.deleted_at IS NULL');
  if (filter.ids) qb.andWhere('a.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.ownerType) qb.andWhere('a.owner_type = :ownerType', { ownerType: filter.ownerType });
  if (filter.ownerId) qb.andWhere('a.owner_id = :ownerId', { ownerId: filter.ownerId });
  if (filter.category) qb.andWhere('a.category = :category', { category: filter.category });
  return qb;
}
