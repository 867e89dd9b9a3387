import { D, FLAG_DECISIONS, type FlagDecision, isMoney, money } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { refuseStaleVersion } from '../../common/workflow/stale-version.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditFlagRow } from './audit-flag.entity.js';
import { AUDIT_FLAG_SORT, type AuditFlagFilter, type AuditFlagListArgs, type DecideAuditFlagArgs } from './declaration.args.js';
import { ServiceDeclaration } from './declaration.entity.js';
import { DeclaredRecordRow } from './declared-record.entity.js';

const REASON_MAX = 1000;

/** The flag review queue (Qinhuangdao art. 57): every flag of the region's declarations, decided one by one with a reason. */
export class AuditFlagService {
  private readonly reads: ScopedReads<AuditFlagRow, AuditFlagFilter, SortFieldOf<typeof AUDIT_FLAG_SORT>>;

  constructor(private readonly db: Db) {
    this.reads = new ScopedReads(db, AuditFlagRow, flagsFiltered, AUDIT_FLAG_SORT);
  }

  list(caller: Caller, args: AuditFlagListArgs): Promise<AuditFlagRow[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: AuditFlagFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<AuditFlagRow> {
    return this.reads.get(caller, id);
  }

  /** Pay, reduce to an amount, or refuse (Qinhuangdao art. 57), with a reason; never by the declaration's preparer (four-eyes). */
  decide(caller: Caller, args: DecideAuditFlagArgs): Promise<AuditFlagRow> {
    return this.db.write(caller, 'decideAuditFlag', async (scope) => {
      const before = await scope.one(AuditFlagRow, args.id, { lock: true });
      scope.assertPlace(before.regionId, before.countyId);
      refuseStaleVersion(before, args.expectedVersion);
      const declaration = await scope.one(ServiceDeclaration, before.declarationId, { lock: true });
      if (declaration.state !== 'confirmed')
        throw new ConflictError('该申报已退回修改，标记须在重新审核后决定 (the declaration is not confirmed)', undefined, {
          reason: 'DECLARATION_NOT_CONFIRMED',
          issues: [{ code: 'DECLARATION_NOT_CONFIRMED', path: 'declaration' }],
        });
      if (declaration.preparedBy === caller.id)
        throw new ForbiddenError('经办该申报的人员不能决定其审核标记 (four-eyes: not on a declaration one prepared)', {
          reason: 'SAME_PERSON',
          issues: [{ code: 'SAME_PERSON', path: 'actor.id' }],
        });
      const record = await scope.one(DeclaredRecordRow, before.recordId);
      const changes = decisionOf(args, record.billedAmount);
      const after = { ...before, ...changes, decidedBy: caller.id, decidedAt: new Date(), version: before.version + 1 };
      await scope.em.update(
        AuditFlagRow,
        { id: before.id },
        { ...changes, decidedBy: caller.id, decidedAt: after.decidedAt, version: after.version },
      );
      await recordAudit(scope.em, caller, {
        operation: 'decide',
        entityType: 'AuditFlag',
        entityId: before.id,
        regionId: before.regionId,
        before: { decision: before.decision, decidedAmount: before.decidedAmount, decisionReason: before.decisionReason },
        after: { decision: after.decision, decidedAmount: after.decidedAmount, decisionReason: after.decisionReason },
      });
      return after;
    });
  }
}

/** The decision's columns, or every problem with it at once. */
function decisionOf(args: DecideAuditFlagArgs, billed: string): Pick<AuditFlagRow, 'decision' | 'decidedAmount' | 'decisionReason'> {
  const fields: Record<string, string> = {};
  const issues: { code: string; path: string }[] = [];
  const reason = args.reason?.trim() ?? '';
  if (!reason) {
    fields.reason = '审核决定须填写理由 (a decision needs a reason)';
    issues.push({ code: 'REASON_REQUIRED', path: 'reason' });
  } else if ([...reason].length > REASON_MAX) {
    fields.reason = `理由最多 ${REASON_MAX} 字`;
    issues.push({ code: 'TOO_LONG', path: 'reason' });
  }
  const decision = args.decision as FlagDecision;
  if (!FLAG_DECISIONS.includes(decision)) {
    fields.decision = '决定应为支付、核减或拒付';
    issues.push({ code: 'NOT_ALLOWED', path: 'decision' });
  }
  let amount: string | null = null;
  if (decision === 'reduce') {
    const given = args.amount?.trim() ?? '';
    if (!isMoney(given) || given.startsWith('-')) {
      fields.amount = '核减后支付金额应为不小于0的金额 (an amount ≥ 0)';
      issues.push({ code: 'INVALID_MONEY', path: 'amount' });
    } else if (new D(given).gte(billed)) {
      fields.amount = `核减后支付金额须低于申报金额 ${billed} 元 (below the billed amount)`;
      issues.push({ code: 'OUT_OF_RANGE', path: 'amount' });
    } else amount = money(given);
  } else if (args.amount) {
    fields.amount = '只有核减时填写金额 (an amount only when reducing)';
    issues.push({ code: 'NOT_ALLOWED', path: 'amount' });
  }
  if (issues.length) throw new BadUserInputError(fields, undefined, { reason: issues[0].code, issues });
  return { decision, decidedAmount: amount, decisionReason: reason };
}

export function flagsFiltered(scope: Scope, given?: AuditFlagFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(AuditFlagRow, 'f', filter.regionId);
  const id = (v: string) => (isUuid(v) ? v : null);
  if (filter.ids) qb.andWhere('f.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.institutionId) qb.andWhere('f.institution_id = :institutionId', { institutionId: id(filter.institutionId) });
  if (filter.declarationId) qb.andWhere('f.declaration_id = :declarationId', { declarationId: id(filter.declarationId) });
  if (filter.month) qb.andWhere('f.month = :month', { month: filter.month });
  if (filter.rule) qb.andWhere('f.rule = :rule', { rule: filter.rule });
  if (filter.severity) qb.andWhere('f.severity = :severity', { severity: filter.severity });
  if (filter.decided === true) qb.andWhere('f.decision IS NOT NULL');
  if (filter.decided === false) qb.andWhere('f.decision IS NULL');
  return qb;
}
