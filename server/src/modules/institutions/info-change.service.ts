import { historyFactsFromFindings, infoChangeDeadline, isIsoDate, type MajorInfoChange } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { todayInChina } from '../../common/today.js';
import { runTransition } from '../../common/workflow/run-transition.js';
import { ServiceAgreement } from '../agreements/agreement.entity.js';
import { AGREEMENT_TRANSITIONS } from '../agreements/agreement.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { InstitutionFinding } from '../designations/finding.entity.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import {
  type ApplyInfoChangeArgs,
  type ConcludeInfoChangeArgs,
  INFO_CHANGE_SORT,
  type InfoChangeFilter,
  type InfoChangeListArgs,
  type RecordInfoChangeArgs,
} from './info-change.args.js';
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

const ENTITY = 'InfoChange';

/**
 * An institution's information changes (Xinjiang art. 21): recorded with the authorities' approval,
 * applied for within 30 working days of it (the official calendar), never while the institution is
 * under investigation; one after which it no longer qualifies puts a termination of its agreement
 * to a second person.
 */
export class InfoChangeService {
  private readonly reads: ScopedReads<InfoChange, InfoChangeFilter, SortFieldOf<typeof INFO_CHANGE_SORT>>;

  constructor(
    private readonly db: Db,
    private readonly policy?: PolicyDataService,
  ) {
    this.reads = new ScopedReads(db, InfoChange, filtered, INFO_CHANGE_SORT);
  }

  list(caller: Caller, args: InfoChangeListArgs): Promise<InfoChange[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: InfoChangeFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<InfoChange> {
    return this.reads.get(caller, id);
  }

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
        entityType: ENTITY,
        entityId: saved.id,
        regionId: saved.regionId,
        after: saved,
      });
      return saved;
    });
  }

  /** The institution applies (art. 21): refused while it is under investigation; a late one is recorded late, with its due date explained. */
  async apply(caller: Caller, args: ApplyInfoChangeArgs): Promise<InfoChange> {
    // the official calendar with the administrator's years, read before the transaction opens
    const calendar = this.policy ? await this.policy.calendar() : null;
    return this.db.write(caller, 'applyInstitutionInfoChange', async (scope) => {
      const before = await scope.one(InfoChange, args.id, { lock: true });
      if (!isIsoDate(args.appliedOn) || args.appliedOn < before.approvalDate || args.appliedOn > todayInChina())
        throw new BadUserInputError({ appliedOn: '申请日期应在批准日期至今天之间 (YYYY-MM-DD)' }, undefined, {
          issues: [{ code: 'INVALID_DATE', path: 'appliedOn' }],
        });
      if (before.appliedOn) throw new ConflictError('该变更已提出申请', undefined, { reason: 'INFO_CHANGE_APPLIED' });
      const findings = await scope.em.find(InstitutionFinding, { where: { institutionId: before.institutionId } });
      if (historyFactsFromFindings(findings, args.appliedOn).value.underInvestigation)
        throw new ConflictError('机构因违法违规被调查、处理期间不得申请变更信息（新疆办法第二十一条）', undefined, {
          reason: 'INFO_CHANGE_UNDER_INVESTIGATION',
          issues: [{ code: 'INFO_CHANGE_UNDER_INVESTIGATION', path: 'appliedOn', citation: 'Xinjiang art. 21' }],
        });
      const pack = this.policy ? await this.policy.packIn(scope, before.regionId, before.approvalDate) : null;
      let due: { dueOn: string | null; late: boolean | null; trace: Record<string, unknown>[] | null } = {
        dueOn: null,
        late: null,
        trace: null,
      };
      if (pack?.ok && calendar) {
        const r = infoChangeDeadline(
          { approvalDate: before.approvalDate, changes: before.changes as (MajorInfoChange | 'other')[], appliedOn: args.appliedOn },
          pack.value.institutions,
          calendar,
        );
        if (r.ok) due = { dueOn: r.value.due, late: r.value.status === 'late', trace: r.trace as never };
      }
      const after = { ...before, appliedOn: args.appliedOn, ...due };
      await scope.em.update(InfoChange, { id: before.id }, { appliedOn: args.appliedOn, ...due } as never);
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

  /**
   * The agency's conclusion: still qualifies, or not — then the agreement in force is proposed for
   * termination (kind `no_longer_qualifies`, art. 21), which a second person approves on the agreement.
   */
  conclude(caller: Caller, args: ConcludeInfoChangeArgs): Promise<InfoChange> {
    return this.db.write(caller, 'concludeInstitutionInfoChange', async (scope) => {
      const before = await scope.one(InfoChange, args.id, { lock: true });
      const conclusion = args.conclusion.trim();
      if (!conclusion || [...conclusion].length > 2000) throw new BadUserInputError({ conclusion: '请填写审核意见（最多2000字）' });
      if (!before.appliedOn) throw new ConflictError('机构尚未提出变更申请', undefined, { reason: 'INFO_CHANGE_NOT_APPLIED' });
      if (before.concludedOn) throw new ConflictError('该变更已办结', undefined, { reason: 'INFO_CHANGE_CONCLUDED' });
      const today = todayInChina();
      let agreementId: string | null = null;
      if (!args.qualifiesAfterChange) {
        const agreement = await scope
          .rows(ServiceAgreement, 'a', before.regionId)
          .andWhere("a.institution_id = :i AND a.state IN ('active', 'suspended')", { i: before.institutionId })
          .orderBy('a.start_date', 'DESC')
          .getOne();
        if (agreement) {
          await runTransition(scope, AGREEMENT_TRANSITIONS, {
            id: agreement.id,
            action: 'propose_termination',
            expectedVersion: agreement.version,
            reason: `信息变更后不再符合定点条件（新疆办法第二十一条）：${conclusion}`.slice(0, 2000),
            input: { kind: 'no_longer_qualifies', date: agreement.endDate && agreement.endDate < today ? agreement.endDate : today },
          });
          agreementId = agreement.id;
        }
      }
      const changes = { qualifiesAfter: args.qualifiesAfterChange, conclusion, concludedOn: today, agreementId };
      const after = { ...before, ...changes };
      await scope.em.update(InfoChange, { id: before.id }, changes);
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

function filtered(scope: Scope, given?: InfoChangeFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(InfoChange, 'c', filter.regionId);
  if (filter.institutionId)
    qb.andWhere('c.institution_id = :institutionId', { institutionId: isUuid(filter.institutionId) ? filter.institutionId : null });
  if (filter.pending === true) qb.andWhere('c.applied_on IS NULL');
  if (filter.pending === false) qb.andWhere('c.applied_on IS NOT NULL');
  return qb;
}
