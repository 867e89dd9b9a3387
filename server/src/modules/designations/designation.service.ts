import {
  addDays,
  agreementNormalEnd,
  DESIGNATION_WORKFLOW,
  type DesignationAction,
  type DesignationFacts,
  type DesignationState,
  designationReviewClock,
  isIsoDate,
  PANEL_FIELDS,
  type PanelField,
  type PolicyIssue,
  policyPack,
  type ReviewEntries,
  rankDesignationReviews,
  scoreDesignationReview,
  xinjiangDesignationParams,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { todayInChina } from '../../common/today.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { refuseStaleVersion } from '../../common/workflow/stale-version.js';
import { createDraftAgreement } from '../agreements/agreement.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { Institution } from '../institutions/institution.entity.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import {
  type CreateDesignationApplicationArgs,
  DESIGNATION_SORT,
  type DesignationApplicationFilter,
  type DesignationApplicationListArgs,
  type TransitionDesignationApplicationArgs,
  type UpdateDesignationApplicationArgs,
} from './designation.args.js';
import { DesignationApplication, type DesignationRankingRow, type ReviewClockView } from './designation.entity.js';
import { designationContext } from './designation.records.js';

const ENTITY = 'DesignationApplication';
const MATERIALS = xinjiangDesignationParams.requiredMaterials as readonly string[];
/** The annex 1 fields kept beside the institution's own record (Xinjiang annex 1). */
export const ANNEX1_FIELDS = [
  'ownership',
  'profitNature',
  'foundedOn',
  'licenceNumber',
  'buildingArea',
  'businessArea',
  'bank',
  'bankAccount',
  'contactPerson',
  'contactPhone',
] as const;
const EDIT_MATERIALS: readonly DesignationState[] = ['submitted', 'materials_check', 'supplementing'];
/** The art. 8 clock runs from acceptance to the review's result. */
export const CLOCK_STATES: readonly DesignationState[] = ['materials_check', 'supplementing', 'review'];

const badInput = (issues: PolicyIssue[]) => {
  const fields: Record<string, string> = {};
  for (const i of issues) fields[i.path] ??= i.message;
  return new BadUserInputError(fields, issues.map((i) => i.message).join('；'), {
    issues: issues.map(({ code, path }) => ({ code, path })),
  });
};
const chars = (s: string | null | undefined) => [...(s ?? '')].length;

function materialIssues(materials: readonly string[]): PolicyIssue[] {
  if (materials.length > MATERIALS.length) return [{ path: 'materials', code: 'OUT_OF_RANGE', message: '材料项目过多' }];
  const unknown = materials.filter((m) => !MATERIALS.includes(m));
  return unknown.length
    ? [{ path: 'materials', code: 'NOT_ALLOWED', message: `材料只能是：${MATERIALS.join('、')} (unknown material)` }]
    : [];
}

function annex1Issues(annex1: Record<string, unknown>): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  for (const [k, v] of Object.entries(annex1)) {
    if (!(ANNEX1_FIELDS as readonly string[]).includes(k))
      issues.push({ path: `annex1.${k}`, code: 'NOT_ALLOWED', message: `申请表没有栏目 ${k}` });
    else if (v != null && (typeof v !== 'string' || chars(v) > 200))
      issues.push({ path: `annex1.${k}`, code: 'OUT_OF_RANGE', message: '栏目内容应为不超过200字的文字' });
  }
  if (annex1.foundedOn != null && annex1.foundedOn !== '' && !isIsoDate(annex1.foundedOn))
    issues.push({ path: 'annex1.foundedOn', code: 'INVALID_DATE', message: '成立时间格式应为 YYYY-MM-DD' });
  return issues;
}

/** The art. 8 clock of an application on `asOf`, with its explanation; null before acceptance or after the result. */
export function clockOf(row: DesignationApplication, asOf: string): ReviewClockView | null {
  if (!row.acceptedOn || !CLOCK_STATES.includes(row.state)) return null;
  const pack = policyPack(row.regionId, asOf);
  const params = pack.ok ? pack.value.institutions.designation : null;
  if (!params) return null;
  const clock = designationReviewClock({ acceptedOn: row.acceptedOn, pauses: row.pauses, pausedSince: row.pausedSince, asOf }, params);
  return {
    ...clock,
    trace: [
      {
        rule: 'institutions.designation.reviewClock',
        citation: 'Xinjiang art. 8',
        inputs: { acceptedOn: row.acceptedOn, months: params.reviewMonths, pauses: row.pauses, pausedSince: row.pausedSince, asOf },
        output: clock,
        note: '3个月按日历月计算；补充材料期间（告知之日至收到之日）不计入',
      },
    ],
  };
}

/** Designation applications: recorded with the annex 1 form, then moved only by the shared workflow table. */
export class DesignationService {
  private readonly reads: ScopedReads<DesignationApplication, DesignationApplicationFilter, SortFieldOf<typeof DESIGNATION_SORT>>;

  constructor(
    private readonly db: Db,
    private readonly policy: PolicyDataService,
  ) {
    this.reads = new ScopedReads(db, DesignationApplication, filtered, DESIGNATION_SORT);
  }

  list(caller: Caller, args: DesignationApplicationListArgs): Promise<DesignationApplication[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: DesignationApplicationFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<DesignationApplication> {
    return this.reads.get(caller, id);
  }

  /** The records the annex 2 pre-fill reads, with the art. 6–12 check, for the dashboard's live total. */
  reviewRecords(caller: Caller, row: DesignationApplication): Promise<Record<string, unknown>> {
    return this.db.read(caller, async (scope) => {
      const ctx = await designationContext(scope, this.policy, row, todayInChina());
      return { ...ctx.records, note: ctx.note, trace: ctx.trace };
    });
  }

  create(caller: Caller, args: CreateDesignationApplicationArgs): Promise<DesignationApplication> {
    return this.db.write(caller, 'createDesignationApplication', async (scope) => {
      const institution = await scope.one(Institution, args.institutionId);
      scope.assertPlace(institution.regionId, institution.countyId);
      const round = args.round.trim();
      const annex1 = args.annex1 ?? {};
      const issues: PolicyIssue[] = [...materialIssues(args.materials), ...annex1Issues(annex1)];
      if (!round || chars(round) > 40) issues.push({ path: 'round', code: 'REQUIRED', message: '请填写申请批次（最多40字）' });
      if (!isIsoDate(args.applicationDate))
        issues.push({ path: 'applicationDate', code: 'INVALID_DATE', message: '申请日期格式应为 YYYY-MM-DD' });
      else if (args.applicationDate > todayInChina() || args.applicationDate < '2000-01-01')
        issues.push({ path: 'applicationDate', code: 'OUT_OF_RANGE', message: '申请日期应在 2000-01-01 至今天之间' });
      if (institution.kind !== 'assessment')
        issues.push({
          path: 'institutionId',
          code: 'NOT_ASSESSMENT_INSTITUTION',
          message: '只有评估机构可以申请定点评估机构 (not an assessment institution)',
        });
      if (issues.length) throw badInput(issues);
      const saved = await scope.em.save(
        scope.em.create(DesignationApplication, {
          institutionId: institution.id,
          regionId: institution.regionId,
          countyId: institution.countyId,
          round,
          applicationDate: args.applicationDate,
          annex1,
          materials: [...new Set(args.materials)],
          preparedBy: caller.id,
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

  update(caller: Caller, args: UpdateDesignationApplicationArgs): Promise<DesignationApplication> {
    return this.db.write(caller, 'updateDesignationApplication', async (scope) => {
      const before = await scope.one(DesignationApplication, args.id, { lock: true });
      refuseStaleVersion(before, args.expectedVersion);
      const changes: Partial<DesignationApplication> = {};
      const issues: PolicyIssue[] = [];
      const touchesMaterials = args.materials != null || args.annex1 != null;
      const touchesReview = args.reviewEntries != null || args.panel != null || args.siteVisit != null || args.panelDecision != null;
      if (touchesMaterials && !EDIT_MATERIALS.includes(before.state))
        throw new ConflictError('材料初审已结束，申请材料不能再修改', undefined, { reason: 'DESIGNATION_NOT_EDITABLE' });
      if (touchesReview && before.state !== 'review')
        throw new ConflictError('只有综合审核阶段可以填写审核表和审核小组', undefined, { reason: 'DESIGNATION_NOT_EDITABLE' });
      if (args.materials != null) {
        issues.push(...materialIssues(args.materials));
        changes.materials = [...new Set(args.materials)];
      }
      if (args.annex1 != null) {
        issues.push(...annex1Issues(args.annex1));
        changes.annex1 = args.annex1;
      }
      if (args.panel != null) {
        if (args.panel.length > 20) issues.push({ path: 'panel', code: 'OUT_OF_RANGE', message: '审核小组成员最多20人' });
        args.panel.forEach((m, i) => {
          if (!m.name.trim() || chars(m.name) > 50)
            issues.push({ path: `panel.${i}.name`, code: 'REQUIRED', message: '请填写成员姓名（最多50字）' });
          if (chars(m.unit) > 100) issues.push({ path: `panel.${i}.unit`, code: 'OUT_OF_RANGE', message: '单位最多100字' });
        });
        changes.panel = args.panel.map((m) => ({ name: m.name.trim(), field: m.field as PanelField, unit: m.unit?.trim() || null }));
      }
      if (args.siteVisit != null) {
        const v = args.siteVisit;
        if (!isIsoDate(v.date) || v.date > todayInChina())
          issues.push({ path: 'siteVisit.date', code: 'INVALID_DATE', message: '核查日期格式应为 YYYY-MM-DD，且不晚于今天' });
        if (!v.inspectors.trim() || chars(v.inspectors) > 200)
          issues.push({ path: 'siteVisit.inspectors', code: 'REQUIRED', message: '请填写核查人员（最多200字）' });
        if (!v.findings.trim() || chars(v.findings) > 2000)
          issues.push({ path: 'siteVisit.findings', code: 'REQUIRED', message: '请填写核查情况（最多2000字）' });
        changes.siteVisit = { date: v.date, inspectors: v.inspectors.trim(), findings: v.findings.trim() };
      }
      if (args.panelDecision != null) {
        if (chars(args.panelDecision) > 2000)
          issues.push({ path: 'panelDecision', code: 'OUT_OF_RANGE', message: '集体评议意见最多2000字' });
        changes.panelDecision = args.panelDecision.trim() || null;
      }
      if (args.reviewEntries != null) {
        const ctx = await designationContext(scope, this.policy, before, todayInChina());
        const scored = scoreDesignationReview(ctx.records, args.reviewEntries as ReviewEntries);
        if (!scored.ok) issues.push(...scored.issues);
        else {
          // a line still awaiting its verdict may be saved; a wrong entry may not (annex 2)
          issues.push(...scored.value.issues.filter((i) => i.code !== 'VERDICT_REQUIRED'));
          changes.reviewEntries = args.reviewEntries;
          changes.reviewTotal = scored.value.total;
          changes.reviewBasicPassed = scored.value.complete ? scored.value.basicPassed : null;
          changes.reviewTrace = scored.trace as never;
        }
      }
      if (issues.length) throw badInput(issues);
      const after = { ...before, ...changes, version: before.version + 1 };
      await scope.em.update(DesignationApplication, { id: before.id }, { ...changes, version: after.version } as never);
      await recordAudit(scope.em, caller, {
        operation: 'update',
        entityType: ENTITY,
        entityId: before.id,
        regionId: before.regionId,
        before,
        after,
      });
      return scope.one(DesignationApplication, before.id);
    });
  }

  transition(caller: Caller, args: TransitionDesignationApplicationArgs): Promise<DesignationApplication> {
    return this.db.write(caller, 'transitionDesignationApplication', async (scope) => {
      const after = await runTransition(scope, this.transitions, args);
      return scope.one(DesignationApplication, after.id);
    });
  }

  /** A round's applicants by their annex 2 score ("根据得分择优确定"). */
  ranking(caller: Caller, regionId: string, round: string): Promise<DesignationRankingRow[]> {
    return this.db.read(caller, async (scope) => {
      const rows = await scope
        .rows(DesignationApplication, 'd', regionId)
        .andWhere('d.round = :round AND d.review_total IS NOT NULL', { round })
        .orderBy('d.review_total', 'DESC')
        .addOrderBy('d.id', 'ASC')
        .limit(500)
        .getMany();
      const ranked = rankDesignationReviews(
        rows.map((r) => ({ id: r.id, total: r.reviewTotal!, basicPassed: r.reviewBasicPassed === true })),
      );
      if (!ranked.ok) return [];
      const ids = [...new Set(rows.map((r) => r.institutionId))];
      const names = new Map(
        ids.length
          ? (
              await scope.em.findBy(
                Institution,
                ids.map((id) => ({ id })),
              )
            ).map((i) => [i.id, i.name] as const)
          : [],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ranked.value.map((x) => {
        const r = byId.get(x.id)!;
        return {
          applicationId: r.id,
          institutionId: r.institutionId,
          institutionName: names.get(r.institutionId) ?? '',
          state: r.state,
          total: x.total,
          basicPassed: x.basicPassed,
          rank: x.rank,
        };
      });
    });
  }

  /** The facts the table's guards read, from the institution's own records in this transaction. */
  async facts(row: DesignationApplication, scope: Scope): Promise<DesignationFacts> {
    const asOf = todayInChina();
    const ctx = await designationContext(scope, this.policy, row, asOf);
    const scored = scoreDesignationReview(ctx.records, row.reviewEntries as ReviewEntries);
    const present = new Set(row.panel.map((m) => m.field));
    return {
      asOf,
      refusals: ctx.eligibility?.refusals ?? [],
      missingMaterials: ctx.eligibility?.missingMaterials ?? [],
      review: {
        complete: scored.ok && scored.value.complete && scored.value.issues.length === 0,
        basicPassed: scored.ok && scored.value.basicPassed,
        panelFieldsMissing: PANEL_FIELDS.filter((f) => !present.has(f)),
        siteVisitRecorded: !!row.siteVisit,
      },
      // art. 9: ≥ 5 days, the start day not counted (designationTimeline); a region stating none: no minimum
      publicityEarliestEnd: row.publicityStart ? addDays(row.publicityStart, ctx.params?.publicityMinDays ?? 0) : null,
    };
  }

  private readonly transitions: TransitionSpec<DesignationApplication, DesignationState, DesignationAction, DesignationFacts> = {
    workflow: DESIGNATION_WORKFLOW,
    entity: DesignationApplication,
    entityType: ENTITY,
    facts: (row, scope) => this.facts(row, scope),
    apply: (row, decision) => {
      const today = todayInChina();
      const closePause = row.pausedSince ? { pauses: [...row.pauses, { from: row.pausedSince, to: today }], pausedSince: null } : {};
      switch (decision.action) {
        case 'accept':
          return { acceptedOn: today };
        case 'request_supplement':
          return { pausedSince: today };
        case 'receive_supplement':
          return { ...closePause };
        case 'approve_review':
          return { publicityStart: today };
        case 'conclude':
          return { publicityEnd: today, decidedOn: today };
        case 'refuse':
        case 'reject':
          return {
            ...closePause,
            decisionReason: decision.reason,
            decidedOn: today,
            ...(row.state === 'publicity' ? { publicityEnd: today } : {}),
          };
        default:
          return {};
      }
    },
    after: async (row, scope) => {
      if (row.state === 'supplementing') {
        // art. 8: everything missing, told at once
        const ctx = await designationContext(scope, this.policy, row, todayInChina());
        await scope.em.update(DesignationApplication, { id: row.id }, { missingNotice: ctx.eligibility?.missingMaterials ?? [] });
      }
      if (row.state === 'designated') {
        // art. 10: the agreement is drafted for the negotiation, its term normally one year
        const institution = await scope.one(Institution, row.institutionId, { lock: true });
        const start = todayInChina();
        const pack = policyPack(row.regionId, start);
        const months = (pack.ok && pack.value.institutions.designation?.agreementTermMonths) || 12;
        const agreement = await createDraftAgreement(scope, institution, {
          number: `定点评估〔${start.slice(0, 4)}〕${row.id.slice(0, 8)}`,
          startDate: start,
          endDate: agreementNormalEnd(start, months),
        });
        await scope.em.update(DesignationApplication, { id: row.id }, { agreementId: agreement.id });
      }
    },
  };
}

function filtered(scope: Scope, given?: DesignationApplicationFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(DesignationApplication, 'd', filter.regionId);
  if (filter.ids) qb.andWhere('d.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.institutionId)
    qb.andWhere('d.institution_id = :institutionId', { institutionId: isUuid(filter.institutionId) ? filter.institutionId : null });
  if (filter.state) qb.andWhere('d.state = :state', { state: filter.state });
  if (filter.round) qb.andWhere('d.round = :round', { round: filter.round });
  return qb;
}
