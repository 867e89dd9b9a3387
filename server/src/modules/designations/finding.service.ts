import { FINDING_KINDS, isIsoDate } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { todayInChina } from '../../common/today.js';
import { recordAudit } from '../audit/audit.service.js';
import { Institution } from '../institutions/institution.entity.js';
import type { CloseInstitutionFindingArgs, RecordInstitutionFindingArgs } from './designation.args.js';
import { InstitutionFinding } from './finding.entity.js';

const ENTITY = 'InstitutionFinding';

/** Findings against an institution, read by art. 12 and art. 21: recorded and closed, never deleted. */
export class FindingService {
  constructor(private readonly db: Db) {}

  list(caller: Caller, institutionId: string): Promise<InstitutionFinding[]> {
    return this.db.read(caller, async (scope) => {
      const institution = await scope.one(Institution, institutionId);
      return scope
        .rows(InstitutionFinding, 'f', institution.regionId)
        .andWhere('f.institution_id = :id', { id: institution.id })
        .orderBy('f.found_on', 'DESC')
        .addOrderBy('f.id', 'ASC')
        .getMany();
    });
  }

  record(caller: Caller, args: RecordInstitutionFindingArgs): Promise<InstitutionFinding> {
    return this.db.write(caller, 'recordInstitutionFinding', async (scope) => {
      const institution = await scope.one(Institution, args.institutionId);
      scope.assertPlace(institution.regionId, institution.countyId);
      const fields: Record<string, string> = {};
      const note = args.note.trim();
      if (!(FINDING_KINDS as readonly string[]).includes(args.kind)) fields.kind = '类别不在可选范围内';
      if (!isIsoDate(args.foundOn) || args.foundOn > todayInChina()) fields.foundOn = '发现日期格式应为 YYYY-MM-DD，且不晚于今天';
      if (args.closedOn != null && (!isIsoDate(args.closedOn) || args.closedOn < args.foundOn))
        fields.closedOn = '结束日期不能早于发现日期';
      if (!note || [...note].length > 2000) fields.note = '请填写情况说明（最多2000字）';
      if (Object.keys(fields).length) throw new BadUserInputError(fields);
      const saved = await scope.em.save(
        scope.em.create(InstitutionFinding, {
          institutionId: institution.id,
          regionId: institution.regionId,
          kind: args.kind as InstitutionFinding['kind'],
          foundOn: args.foundOn,
          closedOn: args.closedOn ?? null,
          note,
          recordedBy: caller.id,
        }),
      );
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: ENTITY,
        entityId: saved.id,
        regionId: saved.regionId,
        after: saved,
      });
      return saved;
    });
  }

  close(caller: Caller, args: CloseInstitutionFindingArgs): Promise<InstitutionFinding> {
    return this.db.write(caller, 'closeInstitutionFinding', async (scope) => {
      const before = await scope.one(InstitutionFinding, args.id, { lock: true });
      if (!isIsoDate(args.closedOn) || args.closedOn < before.foundOn || args.closedOn > todayInChina())
        throw new BadUserInputError({ closedOn: '结束日期应在发现日期至今天之间' });
      if (before.kind === 'forgery')
        throw new ConflictError('伪造材料的记录不会结束，自发现之日起计算3年（新疆办法第十二条第一项）', undefined, {
          reason: 'FINDING_NEVER_CLOSES',
        });
      if (before.closedOn) throw new ConflictError('该记录已结束', undefined, { reason: 'FINDING_CLOSED' });
      const after = { ...before, closedOn: args.closedOn };
      await scope.em.update(InstitutionFinding, { id: before.id }, { closedOn: args.closedOn });
      await recordAudit(scope.em, caller, {
        operation: 'update',
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
