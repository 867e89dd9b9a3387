import {
  CONSEQUENCE_EVENT_TYPES,
  type ConsequenceKindId,
  isMoney,
  type PaidRecord,
  RECTIFICATION_WORKFLOW,
  type RectificationAction,
  type RectificationFacts,
  type RectificationState,
  recordableTypes,
  recoveryIssues,
  rectificationOrderIssues,
  restrictionIssues,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { todayInChina } from '../../common/today.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { ServiceAgreement } from '../agreements/agreement.entity.js';
import { AGREEMENT_TRANSITIONS } from '../agreements/agreement.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { FundAccount } from '../fund/fund-account.entity.js';
import { decideInScope, writePosting } from '../fund/fund-ledger.js';
import { Institution } from '../institutions/institution.entity.js';
import { AnnualScorecard } from '../scorecards/scorecard.entity.js';
import { adoptedAnnualTemplate, ensureScorecard, insertEvent } from '../scorecards/scorecard.scoring.js';
import { InspectionFinding } from './inspection.entity.js';
import {
  CONSEQUENCE_SORT,
  type ConsequenceFilter,
  type ConsequenceListArgs,
  type ImposeConsequenceArgs,
  type OrderRectificationArgs,
  RECTIFICATION_SORT,
  type RectificationFilter,
  type RectificationListArgs,
  type TransitionRectificationArgs,
} from './rectification.args.js';
import { type RecoveryRecord, Rectification, SupervisionConsequence } from './rectification.entity.js';
import { IMPOSED_KINDS } from './supervision-enums.js';

const len = (s: string) => [...s].length;

const RECOVERY_ACCOUNT: Record<string, string> = { care: 'careInstitutions', assessment: 'assessmentInstitutions', tpa: 'tpa' };

/** The consequences of a finding (Qinhuangdao art. 68; Xinjiang art. 25), each the matching scorecard event (Changzhou items 14–16). */
export class ConsequenceService {
  private readonly rectifications: ScopedReads<Rectification, RectificationFilter, SortFieldOf<typeof RECTIFICATION_SORT>>;
  private readonly consequences: ScopedReads<SupervisionConsequence, ConsequenceFilter, SortFieldOf<typeof CONSEQUENCE_SORT>>;

  constructor(private readonly db: Db) {
    this.rectifications = new ScopedReads(db, Rectification, rectificationRows, RECTIFICATION_SORT);
    this.consequences = new ScopedReads(db, SupervisionConsequence, consequenceRows, CONSEQUENCE_SORT);
  }

  listRectifications(caller: Caller, args: RectificationListArgs) {
    return this.rectifications.list(caller, args);
  }
  countRectifications(caller: Caller, filter?: RectificationFilter | null) {
    return this.rectifications.count(caller, filter);
  }
  getRectification(caller: Caller, id: string) {
    return this.rectifications.get(caller, id);
  }
  listConsequences(caller: Caller, args: ConsequenceListArgs) {
    return this.consequences.list(caller, args);
  }
  countConsequences(caller: Caller, filter?: ConsequenceFilter | null) {
    return this.consequences.count(caller, filter);
  }

  /** 责令整改 (Qinhuangdao art. 68): a due date not before the order; the scorecard's item 14 event in the same transaction. */
  orderRectification(caller: Caller, args: OrderRectificationArgs): Promise<Rectification> {
    return this.db.write(caller, 'orderRectification', async (scope) => {
      const { finding, institution } = await findingOf(scope, args.findingId);
      const orderedOn = todayInChina();
      const issues = rectificationOrderIssues(orderedOn, args.dueOn);
      const requirement = args.requirement.trim();
      if (!requirement || len(requirement) > 4000)
        issues.push({ path: 'requirement', code: 'INVALID_REQUIREMENT', message: '请填写整改要求（最多4000字）' });
      if (issues.length)
        throw new BadUserInputError(Object.fromEntries(issues.map((i) => [i.path, i.message])), issues[0].message, {
          reason: issues[0].code,
          issues: issues.map(({ code, path }) => ({ code, path })),
        });
      const saved = await scope.em.save(
        scope.em.create(Rectification, {
          findingId: finding.id,
          institutionId: institution.id,
          regionId: institution.regionId,
          countyId: institution.countyId,
          orderedOn,
          dueOn: args.dueOn,
          requirement,
          preparedBy: caller.id,
        }),
      );
      const eventId = await scorecardEvent(scope, institution, 'rectification', orderedOn, `责令整改：${requirement}`);
      if (eventId) await scope.em.update(Rectification, { id: saved.id }, { scorecardEventId: eventId });
      const after = { ...saved, scorecardEventId: eventId };
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: 'Rectification',
        entityId: saved.id,
        regionId: saved.regionId,
        after,
      });
      return after;
    });
  }

  transitionRectification(caller: Caller, args: TransitionRectificationArgs): Promise<Rectification> {
    return this.db.write(caller, 'transitionRectification', async (scope) => {
      const after = await runTransition(scope, RECTIFICATION_TRANSITIONS, args);
      return scope.one(Rectification, after.id);
    });
  }

  /** Withholding, suspension of the agreement (reported to the department), referral, or recovery posted to the ledger. */
  impose(caller: Caller, args: ImposeConsequenceArgs): Promise<SupervisionConsequence> {
    return this.db.write(caller, 'imposeConsequence', async (scope) => {
      const { finding, institution } = await findingOf(scope, args.findingId);
      const kind = args.kind as (typeof IMPOSED_KINDS)[number];
      const reason = args.reason.trim();
      const fields: Record<string, string> = {};
      if (!IMPOSED_KINDS.includes(kind)) fields.kind = '处理方式无效';
      if (!reason || len(reason) > 2000) fields.reason = '请填写理由与依据（最多2000字）';
      const needsAmount = kind === 'withholding' || kind === 'recovery';
      if (needsAmount && !(isMoney(args.amount) && Number(args.amount) > 0)) fields.amount = '请填写大于0的金额（最多两位小数）';
      if (!needsAmount && args.amount != null) fields.amount = '该处理方式不填金额';
      if (Object.keys(fields).length) throw new BadUserInputError(fields, undefined, { reason: 'INVALID_CONSEQUENCE' });
      const decidedOn = todayInChina();
      // Qinhuangdao art. 71: a suspension runs until a named day, after which only a new application restores it
      const period = restrictionIssues(kind, decidedOn, args.restrictedUntil);
      if (period.length)
        throw new BadUserInputError({ restrictedUntil: period[0].message }, period[0].message, {
          reason: period[0].code,
          issues: period.map(({ code, path }) => ({ code, path })),
        });
      const row: Partial<SupervisionConsequence> = {
        findingId: finding.id,
        institutionId: institution.id,
        regionId: institution.regionId,
        countyId: institution.countyId,
        kind,
        amount: needsAmount ? (args.amount as string) : null,
        reason,
        decidedOn,
        restrictedUntil: args.restrictedUntil || null,
        records: [],
        trace: [],
        reportedToDepartment: kind === 'suspension' || kind === 'referral',
        decidedBy: caller.id,
        decidedByName: caller.username,
      };
      if (kind === 'suspension') row.agreementId = await suspendAgreement(scope, institution, reason);
      if (kind === 'recovery')
        Object.assign(row, await postRecovery(scope, institution, args.amount as string, args.records ?? [], reason));
      const saved = await scope.em.save(scope.em.create(SupervisionConsequence, row));
      const eventId = await scorecardEvent(
        scope,
        institution,
        kind,
        decidedOn,
        `${kind === 'recovery' ? '追回违规费用' : kind === 'withholding' ? '扣款' : '暂停服务协议'}：${reason}`,
      );
      if (eventId) await scope.em.update(SupervisionConsequence, { id: saved.id }, { scorecardEventId: eventId });
      const after = { ...saved, scorecardEventId: eventId };
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: 'SupervisionConsequence',
        entityId: saved.id,
        regionId: saved.regionId,
        after,
      });
      return after;
    });
  }

  /** The institution's paid records a recovery may name, with what is still recoverable. */
  paidRecords(caller: Caller, institutionId: string): Promise<RecoveryRecord[]> {
    return this.db.read(caller, async (scope) => {
      const institution = await scope.one(Institution, institutionId);
      return (await paidRecordsOf(scope, institution, null)).map((p) => ({ ...p, allocated: '0.00' }));
    });
  }
}

async function findingOf(scope: Scope, findingId: string): Promise<{ finding: InspectionFinding; institution: Institution }> {
  const finding = await scope.one(InspectionFinding, findingId);
  const institution = await scope.one(Institution, finding.institutionId);
  scope.assertPlace(institution.regionId, institution.countyId);
  return { finding, institution };
}

/** Xinjiang art. 24–25; Qinhuangdao art. 68: the institution's active agreement is suspended through its own workflow. */
async function suspendAgreement(scope: Scope, institution: Institution, reason: string): Promise<string> {
  const agreement = await scope
    .rows(ServiceAgreement, 'a')
    .andWhere("a.institution_id = :i AND a.state = 'active'", { i: institution.id })
    .getOne();
  if (!agreement) throw new ConflictError('该机构没有生效的服务协议，无法暂停', undefined, { reason: 'NO_ACTIVE_AGREEMENT' });
  await runTransition(scope, AGREEMENT_TRANSITIONS, { id: agreement.id, action: 'suspend', expectedVersion: agreement.version, reason });
  return agreement.id;
}

/**
 * The institution's paid settlement lines (a line of a sheet paid by its posting, in a paid run:
 * Qinhuangdao art. 54–55), with what earlier recoveries took back of each.
 */
async function paidRecordsOf(
  scope: Scope,
  institution: Institution,
  ids: readonly string[] | null,
): Promise<(PaidRecord & { month: string })[]> {
  return scope.em.query(
    `SELECT l.id, l.month, l.fund_amount::text AS paid,
            coalesce((SELECT sum((e->>'allocated')::numeric) FROM supervision_consequences c, jsonb_array_elements(c.records) e
                       WHERE c.institution_id = l.institution_id AND c.kind = 'recovery' AND e->>'id' = l.id::text), 0)::numeric(14,2)::text AS recovered
       FROM settlement_lines l
       JOIN settlement_sheets s ON s.run_id = l.run_id AND s.institution_id = l.institution_id
       JOIN settlement_runs r ON r.id = l.run_id
      WHERE l.institution_id = $1 AND l.region_id = $2 AND r.state = 'paid' AND s.posting_id IS NOT NULL AND l.fund_amount > 0
        AND ($3::uuid[] IS NULL OR l.id = ANY($3))
      ORDER BY l.month DESC, l.id LIMIT 200`,
    [institution.id, institution.regionId, ids ? ids.filter(isUuid) : null],
  );
}

/** 追回违规费用 (Qinhuangdao art. 68), back through the original channel (art. 50 ¶2): at most what was paid for the records named. */
async function postRecovery(scope: Scope, institution: Institution, amount: string, named: string[], reason: string) {
  const ids = [...new Set(named)];
  // a recovery of the same records waits for the one before it
  for (const id of [...ids].sort()) await scope.em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`recovery:${id}`]);
  const paid = await paidRecordsOf(scope, institution, ids);
  const checked = recoveryIssues(amount, ids, paid);
  if (checked.issues.length)
    throw new BadUserInputError(Object.fromEntries(checked.issues.map((i) => [i.path, i.message])), checked.issues[0].message, {
      reason: checked.issues[0].code,
      issues: checked.issues.map(({ code, path }) => ({ code, path })),
    });
  const accounts = await scope
    .rows(FundAccount, 'a', institution.regionId)
    .andWhere('a.kind IN (:...kinds)', { kinds: ['cityExpenditure', RECOVERY_ACCOUNT[institution.kind]] })
    .getMany();
  const city = accounts.find((a) => a.kind === 'cityExpenditure');
  const payee = accounts.find((a) => a.kind === RECOVERY_ACCOUNT[institution.kind]);
  if (!city || !payee) throw new ConflictError('该统筹地区未设置支出户或机构往来账户，无法记账', undefined, { reason: 'NO_FUND_ACCOUNT' });
  const { decided, trace } = await decideInScope(scope, {
    regionId: institution.regionId,
    kind: 'recovery',
    date: todayInChina(),
    lines: [
      { accountId: city.id, side: 'debit', amount },
      { accountId: payee.id, side: 'credit', amount },
    ],
    memo: `追回违规费用：${institution.name}；${reason}`.slice(0, 500),
  });
  const posting = await writePosting(scope, decided, [...checked.trace, ...trace]);
  await recordAudit(scope.em, scope.caller, {
    operation: 'post',
    entityType: 'FundPosting',
    entityId: posting.id,
    regionId: posting.regionId,
    after: { ...posting, lines: decided.lines },
  });
  return { postingId: posting.id, records: checked.allocation, trace: checked.trace };
}

/** The scorecard event of a consequence under the template of the year, when the region adopted one with that item; a locked scorecard refuses. */
async function scorecardEvent(
  scope: Scope,
  institution: Institution,
  kind: ConsequenceKindId,
  on: string,
  note: string,
): Promise<string | null> {
  const type = CONSEQUENCE_EVENT_TYPES[kind];
  // the annual scorecard (the Changzhou template) is the assessment institutions' (Xinjiang art. 27)
  if (!type || institution.kind !== 'assessment') return null;
  const year = Number(on.slice(0, 4));
  try {
    if (!recordableTypes(adoptedAnnualTemplate(institution.regionId, year)).some((t) => t.id === type)) return null;
  } catch {
    return null;
  }
  const scorecard = await ensureScorecard(scope, institution, year);
  if (scorecard.state !== 'open')
    throw new ConflictError('该机构本年度考核评分表已提交复核或签发锁定，请先退回或重新开启 (the scorecard is not open)', undefined, {
      reason: 'SCORECARD_LOCKED',
    });
  const { event } = await insertEvent(scope, scorecard as AnnualScorecard, {
    type,
    occurredOn: on,
    reportedOn: null,
    count: 1,
    districtId: null,
    flags: {},
    note: note.slice(0, 500),
    complaintId: null,
  });
  return event.id;
}

async function rectificationFacts(row: Rectification): Promise<RectificationFacts> {
  return { pastDue: todayInChina() > row.dueOn };
}

export const RECTIFICATION_TRANSITIONS: TransitionSpec<Rectification, RectificationState, RectificationAction, RectificationFacts> = {
  workflow: RECTIFICATION_WORKFLOW,
  entity: Rectification,
  entityType: 'Rectification',
  facts: rectificationFacts,
};

function rectificationRows(scope: Scope, given?: RectificationFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(Rectification, 'r', filter.regionId);
  if (filter.ids) qb.andWhere('r.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.institutionId) qb.andWhere('r.institution_id = :inst', { inst: isUuid(filter.institutionId) ? filter.institutionId : null });
  if (filter.findingId) qb.andWhere('r.finding_id = :fid', { fid: isUuid(filter.findingId) ? filter.findingId : null });
  // Qinhuangdao art. 68: the state as of today, an order past its due date being overdue (rectificationStateOn)
  if (filter.state)
    qb.andWhere(`(CASE WHEN r.state = 'ordered' AND r.due_on < :today THEN 'overdue' ELSE r.state END) = :state`, {
      state: filter.state,
      today: todayInChina(),
    });
  if (filter.open) qb.andWhere("r.state IN ('ordered','overdue','rectified')");
  return qb;
}

function consequenceRows(scope: Scope, given?: ConsequenceFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(SupervisionConsequence, 'c', filter.regionId);
  if (filter.findingId) qb.andWhere('c.finding_id = :fid', { fid: isUuid(filter.findingId) ? filter.findingId : null });
  if (filter.institutionId) qb.andWhere('c.institution_id = :inst', { inst: isUuid(filter.institutionId) ? filter.institutionId : null });
  if (filter.kind) qb.andWhere('c.kind = :kind', { kind: filter.kind });
  return qb;
}
