import { isIsoDate } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError } from '../../common/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import type { RecordInfoChangeArgs } from './info-change.args.js';
import { InfoChange } from './info-change.entity.js';
import { Institution } from './institution.entity.js';

/** The changes Xinjiang art. 21 names as major, and `other` (tell the agency promptly). */
export const INFO_CHANGE_KINDS = [
  'name',
  'legalRepresentative',
  'principal',
  'actualController',
  'registeredAddress',
  'bankAccount',
  'businessScope',
  'nature',
  'other',
] as const;

/** Records an institution's information change, so that its deadline appears on the to-do list (Xinjiang art. 21). */
export class InfoChangeService {
  constructor(private readonly db: Db) {}

  record(caller: Caller, args: RecordInfoChangeArgs): Promise<InfoChange> {
    const fields: Record<string, string> = {};
    if (!isIsoDate(args.approvalDate)) fields.approvalDate = '日期格式应为 YYYY-MM-DD';
    if (!args.changes.length) fields.changes = '请至少选择一项变更事项';
    else if (args.changes.length > 20) fields.changes = '变更事项最多 20 项';
    else if (args.changes.some((c) => !(INFO_CHANGE_KINDS as readonly string[]).includes(c)))
      fields.changes = `变更事项只能是：${INFO_CHANGE_KINDS.join('、')}`;
    if (Object.keys(fields).length)
      throw new BadUserInputError(fields, undefined, {
        issues: Object.keys(fields).map((path) => ({ code: path === 'approvalDate' ? 'INVALID_DATE' : 'NOT_ALLOWED', path })),
      });
    return this.db.write(caller, 'recordInstitutionInfoChange', async (scope) => {
      const institution = await scope.one(Institution, args.institutionId);
      scope.assertRegion(institution.regionId);
      const saved = await scope.em.save(
        scope.em.create(InfoChange, {
          institutionId: institution.id,
          regionId: institution.regionId,
          approvalDate: args.approvalDate,
          changes: [...new Set(args.changes)],
          appliedOn: null,
          recordedBy: caller.id,
        }),
      );
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: 'InfoChange',
        entityId: saved.id,
        regionId: saved.regionId,
        after: saved,
      });
      return saved;
    });
  }
}
