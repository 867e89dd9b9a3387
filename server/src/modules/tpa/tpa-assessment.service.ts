import {
  addDays,
  areaScoreIssues,
  assessTpaYear,
  deliveredIssues,
  type PolicyIssue,
  surveyIssues,
  TPA_ASSESSMENT_WORKFLOW,
  type TpaAreaScores,
  type TpaDelivered,
  type TpaFinding,
  type TpaSurvey,
  type TpaYearResult,
} from '@ltci/shared';
import { QueryFailedError } from 'typeorm';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { ConflictError } from '../../common/errors.js';
import type { Scope } from '../../common/scope.js';
import { todayInChina } from '../../common/today.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { refuseStaleVersion } from '../../common/workflow/stale-version.js';
import { Attachment } from '../attachments/attachment.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { packAt } from '../fund/fund-warnings.js';
import { InspectionFinding } from '../supervision/inspection.entity.js';
import {
  ASSESSMENT_SORT,
  type OpenTpaAssessmentArgs,
  type ReviewTpaAssessmentArgs,
  type SubmitTpaOnSiteArgs,
  type SubmitTpaSelfCheckArgs,
  type TpaAreaScoreInput,
  type TpaAssessmentFilter,
  type TpaAssessmentListArgs,
  type TpaCaseloadInput,
  type TpaSurveyInput,
} from './tpa.args.js';
import { TpaAssessment } from './tpa-assessment.entity.js';
import { refuse, uuidOrNull, uuids } from './tpa-common.js';
import { TpaCommitmentRow, TpaContract } from './tpa-contract.entity.js';
import { CONTRACT_LABEL, CONTRACT_TRANSITIONS } from './tpa-contract.service.js';
import { TpaRectification } from './tpa-fee-payment.entity.js';
import { TpaReads, tpaOne, tpaRows } from './tpa-scope.js';

export const ASSESSMENT_LABEL = '年度考核';

/** The days of `year` the contract covers: a contract replaced mid-year covers only its part (Tianjin art. 16). */
export function termInYear(contract: Pick<TpaContract, 'startDate' | 'endDate'>, year: number) {
  const from = contract.startDate > `${year}-01-01` ? contract.startDate : `${year}-01-01`;
  const to = contract.endDate < `${year}-12-31` ? contract.endDate : `${year}-12-31`;
  return { from, to };
}

/**
 * The supervision findings whose target is the TPA institution, found in the days of the year this
 * contract covers (Tianjin art. 19: violations are reflected in the assessment); oldest first.
 */
export function supervisionFindingsForTpa(
  scope: Scope,
  contract: Pick<TpaContract, 'tpaInstitutionId' | 'startDate' | 'endDate'>,
  year: number,
): Promise<InspectionFinding[]> {
  const { from, to } = termInYear(contract, year);
  return scope
    .rows(InspectionFinding, 'f')
    .andWhere('f.institution_id = :i AND f.found_on BETWEEN :from AND :to', { i: contract.tpaInstitutionId, from, to })
    .orderBy('f.found_on', 'ASC')
    .addOrderBy('f.id', 'ASC')
    .getMany();
}

/** The yearly assessment (Tianjin art. 13–16): self-check by the TPA, on-site by an inspector, review by a second. */
export class TpaAssessmentService {
  constructor(private readonly db: Db) {}

  private readonly reads = new TpaReads(this.db, TpaAssessment, ASSESSMENT_LABEL, assessmentRows, ASSESSMENT_SORT);

  list(caller: Caller, args: TpaAssessmentListArgs): Promise<TpaAssessment[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: TpaAssessmentFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<TpaAssessment> {
    return this.reads.get(caller, id);
  }

  async open(caller: Caller, args: OpenTpaAssessmentArgs): Promise<TpaAssessment> {
    try {
      return await this.db.write(caller, 'openTpaAssessment', async (scope) => {
        const contract = await tpaOne(scope, TpaContract, CONTRACT_LABEL, args.contractId);
        scope.assertRegion(contract.regionId);
        const issues: PolicyIssue[] = [];
        if (contract.state !== 'active')
          issues.push({ path: 'contractId', code: 'CONTRACT_NOT_ACTIVE', message: '只有履行中的合同可以启动年度考核' });
        // Tianjin art. 16: by year; a contract replaced mid-year is assessed at that year's end
        if (
          !Number.isInteger(args.year) ||
          args.year < Number(contract.startDate.slice(0, 4)) ||
          args.year > Number(contract.endDate.slice(0, 4))
        )
          issues.push({
            path: 'year',
            code: 'YEAR_OUTSIDE_TERM',
            message: `考核年度须在合同期限（${contract.startDate}至${contract.endDate}）之内`,
          });
        if (issues.length) refuse(issues);
        const saved = await scope.em.save(
          scope.em.create(TpaAssessment, {
            contractId: contract.id,
            regionId: contract.regionId,
            tpaInstitutionId: contract.tpaInstitutionId,
            year: args.year,
            preparedBy: caller.id,
          }),
        );
        await recordAudit(scope.em, caller, {
          operation: 'create',
          entityType: 'TpaAssessment',
          entityId: saved.id,
          regionId: saved.regionId,
          after: saved,
        });
        return saved;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505')
        throw new ConflictError('该合同该年度的考核已启动', { year: '该年度已有考核' }, { reason: 'DUPLICATE_YEAR' });
      throw error;
    }
  }

  /** The TPA's self-check (Tianjin art. 13 机构自查): each commitment's actual value with evidence, each area scored per unit. */
  submitSelfCheck(caller: Caller, args: SubmitTpaSelfCheckArgs): Promise<TpaAssessment> {
    return this.db.write(caller, 'submitTpaSelfCheck', async (scope) => {
      const { row, contract, commitments } = await loadForWrite(scope, args.id, args.expectedVersion);
      const issues: PolicyIssue[] = [];
      const scores = scoreMap(contract, args.scores, issues);
      issues.push(...areaScoreIssues(contract.plan, contract.units, scores, true));
      const delivered: Record<string, TpaDelivered> = {};
      const evidence = new Set(
        await evidenceOf(
          scope,
          row,
          args.delivered.flatMap((d) => d.evidenceIds ?? []),
        ),
      );
      for (const c of commitments) {
        const d = args.delivered.find((x) => x.commitmentId === c.id);
        const path = `delivered.${c.id}`;
        const given = { actual: d?.actual ?? '', evidence: d?.evidenceIds ?? [] };
        issues.push(...deliveredIssues(asCommitment(c), given, path));
        for (const e of given.evidence)
          if (!evidence.has(e))
            issues.push({ path: `${path}.evidence`, code: 'EVIDENCE_NOT_FOUND', message: `佐证材料不是本次考核的附件：${e}` });
        delivered[c.id] = { actual: given.actual.trim(), evidence: given.evidence };
      }
      for (const d of args.delivered)
        if (!commitments.some((c) => c.id === d.commitmentId))
          issues.push({ path: 'delivered', code: 'NOT_ALLOWED', message: `合同中没有该承诺：${d.commitmentId}` });
      const surveys = surveyMap(contract, args.surveys, issues);
      issues.push(...surveyIssues(contract.plan, contract.units, surveys));
      const caseloads = caseloadMap(contract, args.caseloads, issues);
      if (issues.length) refuse(issues);
      const after = await runTransition(scope, ASSESSMENT_TRANSITIONS, {
        id: row.id,
        action: 'submit_self_check',
        expectedVersion: row.version,
      });
      const selfCheck = { scores, delivered, surveys, caseloads };
      await scope.em.update(TpaAssessment, { id: row.id }, { selfCheck: selfCheck as never });
      return { ...after, selfCheck };
    });
  }

  /** The on-site assessment (Tianjin art. 13 实地考核): the inspector scores every unit and confirms or corrects each commitment. */
  submitOnSite(caller: Caller, args: SubmitTpaOnSiteArgs): Promise<TpaAssessment> {
    return this.db.write(caller, 'submitTpaOnSite', async (scope) => {
      const { row, contract, commitments } = await loadForWrite(scope, args.id, args.expectedVersion);
      const issues: PolicyIssue[] = [];
      const scores = scoreMap(contract, args.scores, issues);
      const self = (row.selfCheck ?? { delivered: {} }) as {
        delivered: Record<string, TpaDelivered>;
        surveys?: Record<string, TpaSurvey>;
        caseloads?: Record<string, number>;
      };
      const delivered: Record<string, TpaDelivered> = {};
      const corrections: Record<string, { from: string; to: string; reason: string }> = {};
      for (const c of commitments) {
        const x = args.confirmations.find((k) => k.commitmentId === c.id);
        const before = self.delivered[c.id] ?? { actual: '', evidence: [] };
        const path = `confirmations.${c.id}`;
        if (!x) {
          issues.push({ path, code: 'REQUIRED', message: `请确认或更正承诺“${c.description}”` });
          continue;
        }
        if (x.confirmed) delivered[c.id] = before;
        else {
          const reason = x.reason?.trim() ?? '';
          if (!reason) issues.push({ path: `${path}.reason`, code: 'CORRECTION_REASON_REQUIRED', message: '更正承诺完成值须说明理由' });
          delivered[c.id] = { actual: (x.actual ?? '').trim(), evidence: before.evidence };
          corrections[c.id] = { from: before.actual, to: (x.actual ?? '').trim(), reason };
        }
      }
      const fundLosses = args.fundLosses.map((l) => ({
        description: l.description.trim(),
        amount: l.amount,
        ...(l.findingId ? { findingId: l.findingId } : {}),
      }));
      // what the inspector verified, else what the TPA reported in its self-check (Tianjin art. 13)
      const surveys = args.surveys ? surveyMap(contract, args.surveys, issues) : (self.surveys ?? {});
      const caseloads = args.caseloads ? caseloadMap(contract, args.caseloads, issues) : (self.caseloads ?? {});
      if (issues.length) refuse(issues);
      const findings: TpaFinding[] = (await supervisionFindingsForTpa(scope, contract, row.year)).map((f) => ({
        id: f.id,
        category: f.category,
        description: f.description,
        foundOn: f.foundOn,
      }));
      const pack = await packAt(scope, contract.regionId, `${row.year}-12-31`);
      const result = assessTpaYear(
        {
          tpaId: contract.tpaInstitutionId,
          year: row.year,
          annualFee: contract.annualFee,
          units: contract.units,
          weights: contract.weights,
          schedule: contract.schedule,
          plan: contract.plan,
          poorResultBelow: contract.poorResultBelow,
          commitments: commitments.map(asCommitment),
          scores,
          delivered,
          fundLosses,
          severeBreach: args.severeBreach,
          surveys,
          caseloads,
          findings,
          term: { startDate: contract.startDate, endDate: contract.endDate },
        },
        { districtScore: pack?.fund.tpaFee.districtScore ?? 'mean' },
      );
      if (!result.ok) refuse(result.issues.map((i) => ({ ...i, path: i.path.replace(/^delivered\./, 'confirmations.') })));
      const after = await runTransition(scope, ASSESSMENT_TRANSITIONS, {
        id: row.id,
        action: 'submit_on_site',
        expectedVersion: row.version,
      });
      const changes = {
        onSite: { scores, delivered, corrections, fundLosses, severeBreach: args.severeBreach, surveys, caseloads },
        result: result.value as unknown as Record<string, unknown>,
        trace: result.trace as never,
        total: result.value.total,
        feeDue: result.value.fee.fee,
      };
      await scope.em.update(TpaAssessment, { id: row.id }, changes as never);
      return { ...after, ...changes } as TpaAssessment;
    });
  }

  /** The review (Tianjin art. 13 考核评议) by a second inspector; approval brings the consequences of art. 20. */
  review(caller: Caller, args: ReviewTpaAssessmentArgs): Promise<TpaAssessment> {
    return this.db.write(caller, 'reviewTpaAssessment', async (scope) => {
      const after = await runTransition(scope, ASSESSMENT_TRANSITIONS, args);
      if (after.state === 'approved') await consequences(scope, after);
      return after;
    });
  }
}

/** Tianjin art. 20: a poor result opens an interview-and-rectification case; a severe breach proposes termination (approved by another person). */
async function consequences(scope: Scope, assessment: TpaAssessment): Promise<void> {
  const contract = await scope.one(TpaContract, assessment.contractId, { lock: true });
  const result = assessment.result as unknown as TpaYearResult | null;
  if (!result) return;
  if (result.fee.poorResult) {
    const saved = await scope.em.save(
      scope.em.create(TpaRectification, {
        contractId: contract.id,
        assessmentId: assessment.id,
        regionId: contract.regionId,
        tpaInstitutionId: contract.tpaInstitutionId,
        score: result.total,
        // Product rule: the contract's rectification period in calendar days from the approval
        dueDate: addDays(todayInChina(), contract.rectificationDays),
        preparedBy: scope.caller.id,
      }),
    );
    await recordAudit(scope.em, scope.caller, {
      operation: 'create',
      entityType: 'TpaRectification',
      entityId: saved.id,
      regionId: saved.regionId,
      after: saved,
    });
  }
  if (result.fee.actions.some((a) => a.action === 'terminate') && contract.state === 'active')
    await runTransition(scope, CONTRACT_TRANSITIONS, {
      id: contract.id,
      action: 'propose_termination',
      expectedVersion: contract.version,
      reason: `${assessment.year}年度考核认定严重违反服务协议约定（天津办法第二十条），提请终止合作协议`,
    });
}

async function loadForWrite(scope: Scope, id: string, expectedVersion: number) {
  const row = await tpaOne(scope, TpaAssessment, ASSESSMENT_LABEL, id, { lock: true });
  scope.assertRegion(row.regionId);
  refuseStaleVersion(row, expectedVersion);
  const contract = await scope.one(TpaContract, row.contractId);
  const commitments = await scope.em.find(TpaCommitmentRow, { where: { contractId: contract.id }, order: { position: 'ASC' } });
  return { row, contract, commitments };
}

const asCommitment = (c: TpaCommitmentRow) => ({
  id: c.id,
  category: c.category as never,
  description: c.description,
  targetKind: c.targetKind as 'number' | 'yesNo',
  target: c.target,
  unit: c.unit,
  direction: c.direction as 'atLeast' | 'atMost',
  measurement: c.measurement,
  points: c.points,
});

/** The list of scores as a map, only for the contract's units and the plan's areas (no user text becomes an object key otherwise). */
function scoreMap(contract: TpaContract, given: TpaAreaScoreInput[], issues: PolicyIssue[]): TpaAreaScores {
  const scores: TpaAreaScores = {};
  for (const s of given) {
    const unit = contract.units.find((u) => u.id === s.unitId);
    const area = contract.plan.find((a) => a.id === s.areaId);
    if (!unit || !area) {
      issues.push({ path: 'scores', code: 'NOT_ALLOWED', message: `合同中没有该单位或指标：${s.unitId} / ${s.areaId}` });
      continue;
    }
    scores[unit.id] ??= {};
    scores[unit.id][area.id] = s.score.trim();
  }
  return scores;
}

/** The surveys as a map keyed by the contract's unit ids only. */
function surveyMap(contract: TpaContract, given: TpaSurveyInput[] | null | undefined, issues: PolicyIssue[]): Record<string, TpaSurvey> {
  const out: Record<string, TpaSurvey> = {};
  for (const s of given ?? []) {
    const unit = contract.units.find((u) => u.id === s.unitId);
    if (!unit) issues.push({ path: 'surveys', code: 'NOT_ALLOWED', message: `合同中没有该单位：${s.unitId}` });
    else out[unit.id] = { surveyed: s.surveyed, satisfied: s.satisfied };
  }
  return out;
}

/** The caseloads as a map keyed by the contract's district sub-centres only. */
function caseloadMap(contract: TpaContract, given: TpaCaseloadInput[] | null | undefined, issues: PolicyIssue[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of given ?? []) {
    const unit = contract.units.find((u) => u.id === c.unitId && u.kind === 'districtSubCentre');
    if (!unit) issues.push({ path: 'caseloads', code: 'NOT_ALLOWED', message: `合同中没有该辖区分中心：${c.unitId}` });
    else if (!Number.isInteger(c.cases) || c.cases < 0)
      issues.push({ path: `caseloads.${c.unitId}`, code: 'OUT_OF_RANGE', message: '经办件数须为非负整数' });
    else out[unit.id] = c.cases;
  }
  return out;
}

async function evidenceOf(scope: Scope, row: TpaAssessment, ids: string[]): Promise<string[]> {
  const wanted = uuids(ids);
  if (!wanted.length) return [];
  const found = await scope
    .rows(Attachment, 'f')
    .andWhere("f.owner_type = 'TpaAssessment' AND f.owner_id = :owner AND f.id = ANY(:ids) AND f.deleted_at IS NULL", {
      owner: row.id,
      ids: wanted,
    })
    .getMany();
  return found.map((f) => f.id);
}

export const ASSESSMENT_TRANSITIONS: TransitionSpec<TpaAssessment, string, string, Record<string, never>> = {
  workflow: TPA_ASSESSMENT_WORKFLOW as never,
  entity: TpaAssessment,
  entityType: 'TpaAssessment',
  facts: async () => ({}),
};

function assessmentRows(scope: Scope, given?: TpaAssessmentFilter | null) {
  const filter = given ?? {};
  const qb = tpaRows(scope, TpaAssessment, 'a', filter.regionId);
  if (filter.ids) qb.andWhere('a.id = ANY(:ids)', { ids: uuids(filter.ids) });
  if (filter.contractId) qb.andWhere('a.contract_id = :contractId', { contractId: uuidOrNull(filter.contractId) });
  if (filter.year != null) qb.andWhere('a.year = :year', { year: filter.year });
  if (filter.state) qb.andWhere('a.state = :state', { state: filter.state });
  return qb;
}
