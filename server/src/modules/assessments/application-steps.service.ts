import { randomInt } from 'node:crypto';
import {
  type AssessmentKind,
  type AssessmentParams,
  addDays,
  addMonths,
  assessmentFeePayer,
  type DisabilityItemScores,
  disabilityGrade,
  drawAssessors,
  isIsoDate,
  mulberry32,
  type PolicyIssue,
  seededShuffle,
} from '@ltci/shared';
import { QueryFailedError } from 'typeorm';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import type { Scope } from '../../common/scope.js';
import { todayInChina } from '../../common/today.js';
import { refuseStaleVersion } from '../../common/workflow/stale-version.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { ServiceAgreement } from '../agreements/agreement.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { Claimant } from '../claimants/claimant.entity.js';
import { issuesError } from '../claimants/claimant.service.js';
import { Institution } from '../institutions/institution.entity.js';
import { Staff } from '../institutions/staff.entity.js';
import { eligibleAssessors } from '../institutions/staff.service.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import { adoptedAnnualTemplate, ensureScorecard, insertEvent } from '../scorecards/scorecard.scoring.js';
import type { ApplicationDeadlines } from './application.deadlines.js';
import { AssessmentApplication } from './application.entity.js';
import type { LifecycleFacts } from './application.facts.js';
import { deadlineFacts } from './application.steps.js';
import type {
  DeclareAssessorRelationArgs,
  DrawAssessorsArgs,
  DrawSpotChecksArgs,
  FileObjectionArgs,
  SaveOnsiteRecordArgs,
  SpotCheckDraw,
} from './application-steps.args.js';
import { AssessmentFee } from './assessment-fee.entity.js';
import { AssessorRelation } from './assessor-relation.entity.js';

const ENTITY = 'AssessmentApplication';
const REASSESSMENT: readonly string[] = ['dispute', 'objection'];
/** The kinds whose changed grade is the first institution's scorecard event (issue 11, item 6; Changzhou item 5). */
const CHECKS: readonly string[] = ['dispute', 'objection', 'spotCheck'];

/**
 * The records the steps after dispatch read (Qinhuangdao art. 19–27; Xinjiang art. 16, 22): the
 * assessor draw, the on-site record, the publicity objection, the assessors' declared relations,
 * the re-assessment a dispute or an upheld objection opens, and the fee of a finished assessment.
 */
export class AssessmentStepsService {
  constructor(
    private readonly db: Db,
    private readonly policyData: PolicyDataService,
  ) {}

  /** What the guards read beyond the application: the institution chosen, the experts confirming, the deadlines. */
  async lifecycleFacts(
    scope: Scope,
    row: AssessmentApplication,
    params: AssessmentParams,
    deadlines: ApplicationDeadlines,
    input: Readonly<Record<string, unknown>> | null,
  ): Promise<LifecycleFacts> {
    const chosen = typeof input?.institutionId === 'string' && isUuid(input.institutionId) ? input.institutionId : null;
    let institutionAgreementActive = true;
    let sameInstitutionAsFirst = false;
    if (chosen) {
      institutionAgreementActive = await scope
        .rows(ServiceAgreement, 'g', row.regionId)
        .innerJoin(Institution, 'i', 'i.id = g.institution_id')
        .andWhere("g.institution_id = :chosen AND g.state = 'active' AND i.kind = 'assessment' AND i.region_id = :region", {
          chosen,
          region: row.regionId,
        })
        .getExists();
      const first = await this.firstOf(scope, row);
      sameInstitutionAsFirst = !!first && first.institutionId === chosen;
    }
    let confirmingExperts = params.assessors.minConfirmingExperts.value ?? 2;
    let recordedGrade = row.computedGrade;
    if (input && 'expertIds' in input) {
      const ids = Array.isArray(input.expertIds)
        ? [...new Set(input.expertIds.filter((e): e is string => typeof e === 'string' && isUuid(e)))]
        : [];
      // art. 22: experts of the dispatched institution's pool, never removed, trained (Xinjiang art. 15–16)
      const pool = row.institutionId ? await eligibleAssessors(scope, row.institutionId) : [];
      confirmingExperts = ids.filter((id) => pool.some((c) => c.id === id && c.isExpert && c.trained && !c.removedFor)).length;
      recordedGrade = Number.isInteger(input.grade) ? (input.grade as number) : null;
    }
    let gradeChangedFromFirst = false;
    if (CHECKS.includes(row.kind) && row.state === 'letterIssued') {
      const first = await this.firstOf(scope, row);
      gradeChangedFromFirst = !!first && first.recordedGrade !== null && first.recordedGrade !== row.recordedGrade;
    }
    return {
      institutionAgreementActive,
      sameInstitutionAsFirst,
      confirmingExperts,
      recordedGrade,
      gradeChangedFromFirst,
      ...deadlineFacts(deadlines),
    };
  }

  /** Work that follows a step in its transaction: a dispute or upheld objection opens the re-assessment; a final one its fee. */
  async after(scope: Scope, row: AssessmentApplication): Promise<void> {
    if (row.state === 'disputed') await this.openReassessment(scope, row, 'dispute');
    else if (row.state === 'objectionUpheld') await this.openReassessment(scope, row, 'objection');
    else if (row.state === 'final') {
      await this.recordFees(scope, row);
      await this.scorecardEvent(scope, row);
    }
  }

  /** A spot-check or re-assessment that changed the grade: the first institution's scorecard event, with the fault the officer stated. */
  private async scorecardEvent(scope: Scope, row: AssessmentApplication): Promise<void> {
    if (!CHECKS.includes(row.kind)) return;
    const first = await this.firstOf(scope, row);
    if (!first?.institutionId || first.recordedGrade === null || row.recordedGrade === null || first.recordedGrade === row.recordedGrade)
      return;
    const [step] = await scope.em.find(WorkflowStep, {
      where: { workflow: 'assessmentApplication', recordId: row.id, action: 'finalize' },
      order: { id: 'DESC' },
      take: 1,
    });
    const institutionAtFault = step?.input?.institutionAtFault === true;
    const today = todayInChina();
    const institution = await scope.one(Institution, first.institutionId);
    const scorecard = await ensureScorecard(scope, institution, Number(today.slice(0, 4)));
    const type = Math.abs(first.recordedGrade - row.recordedGrade) >= 2 ? 'conclusionChangedTwoOrMoreGrades' : 'conclusionChangedOneGrade';
    const template = adoptedAnnualTemplate(institution.regionId, scorecard.year);
    if (!template.categories.some((c) => c.eventTypes.some((e) => e.id === type))) return;
    // a scorecard already submitted takes no more events: the conclusion still becomes final (the claimant is not held up), the skip is audited
    if (scorecard.state !== 'open') {
      await recordAudit(scope.em, scope.caller, {
        operation: 'update',
        entityType: ENTITY,
        entityId: row.id,
        regionId: row.regionId,
        after: { scorecardEventSkipped: { scorecardId: scorecard.id, state: scorecard.state, type, institutionAtFault } },
      });
      return;
    }
    await insertEvent(scope, scorecard, {
      type,
      occurredOn: today,
      reportedOn: null,
      count: 1,
      districtId: null,
      flags: { institutionAtFault },
      note: `${row.kind === 'spotCheck' ? '抽查复评' : '复评'}：原结论 ${first.recordedGrade} 级，复评 ${row.recordedGrade} 级`,
      complaintId: null,
    });
  }

  /** The random draw of the on-site assessors from the dispatched institution's pool (Xinjiang art. 16; Qinhuangdao art. 19–20, 24). */
  draw(caller: Caller, args: DrawAssessorsArgs): Promise<AssessmentApplication> {
    return this.db.write(caller, 'drawAssessmentAssessors', async (scope) => {
      const row = await this.lockAt(scope, args.id, args.expectedVersion, 'dispatched');
      if (row.drawnIds.length) throw new ConflictError('已抽取评估人员，抽取结果不可更改', undefined, { reason: 'ALREADY_DRAWN' });
      if (!row.institutionId) throw new ConflictError('尚未派评估机构', undefined, { reason: 'NOT_DISPATCHED' });
      const params = await this.params(scope, row.regionId);
      const related = new Set(
        (await scope.rows(AssessorRelation, 'r', row.regionId).andWhere('r.claimant_id = :c', { c: row.claimantId }).getMany()).map(
          (r) => r.staffId,
        ),
      );
      const pool = (await eligibleAssessors(scope, row.institutionId)).map((c) => ({ ...c, relatedToClaimant: related.has(c.id) }));
      const first = REASSESSMENT.includes(row.kind) ? await this.firstOf(scope, row) : null;
      const seed = args.seed ?? randomInt(0, 2 ** 32);
      const r = drawAssessors(
        {
          seed,
          kind: row.kind as AssessmentKind,
          pool,
          ...(first ? { firstAssessment: { institutionId: first.institutionId ?? '', assessorIds: first.drawnIds } } : {}),
        },
        params,
      );
      if (!r.ok) {
        const message = r.issues.map((i) => i.message).join('；');
        throw new BadUserInputError({ pool: message }, message, {
          reason: r.issues[0].code,
          issues: r.issues.map(({ code, path, message: m }) => ({ code, path, params: { message: m } })),
        });
      }
      const changes = {
        drawSeed: seed,
        drawCandidates: r.value.candidates,
        drawTrace: r.trace,
        drawWarnings: r.value.warnings,
        drawnIds: r.value.drawn,
        drawnExpertIds: r.value.drawnExperts,
        drawnAt: new Date(),
        drawnBy: caller.id,
        version: row.version + 1,
      };
      return this.saveStep(scope, caller, row, changes, 'drawAssessors');
    });
  }

  /** The on-site record: the national standard's item scores, the grade computed from them with its trace (Qinhuangdao art. 16, 19). */
  saveOnsite(caller: Caller, args: SaveOnsiteRecordArgs): Promise<AssessmentApplication> {
    return this.db.write(caller, 'saveAssessmentOnsiteRecord', async (scope) => {
      const row = await this.lockAt(scope, args.id, args.expectedVersion, 'drawn');
      const params = await this.params(scope, row.regionId);
      const issues: PolicyIssue[] = [];
      const today = todayInChina();
      if (!isIsoDate(args.onsiteOn)) issues.push({ path: 'onsiteOn', code: 'INVALID_DATE', message: '日期应为 YYYY-MM-DD' });
      else if (args.onsiteOn > today || (row.dispatchedOn && args.onsiteOn < row.dispatchedOn))
        issues.push({ path: 'onsiteOn', code: 'OUT_OF_RANGE', message: '现场评估日期应在派评估机构之后、不晚于今天' });
      const person = args.presentPerson?.trim() || null;
      const notes = args.notes?.trim() || null;
      if (person && [...person].length > 100) issues.push({ path: 'presentPerson', code: 'OUT_OF_RANGE', message: '100 字以内' });
      if (args.guardianPresent && !person) issues.push({ path: 'presentPerson', code: 'REQUIRED', message: '请填写在场的监护人或代理人' });
      if (notes && [...notes].length > 4000) issues.push({ path: 'notes', code: 'OUT_OF_RANGE', message: '4000 字以内' });
      const scores = { adl: { ...args.scores.adl }, cognition: { ...args.scores.cognition }, perception: { ...args.scores.perception } };
      const grade = disabilityGrade(scores as DisabilityItemScores, params);
      if (!grade.ok) issues.push(...grade.issues.map((i) => ({ ...i, path: `scores.${i.path}` })));
      if (issues.length || !grade.ok) throw issuesError(issues);
      const changes = {
        onsiteOn: args.onsiteOn,
        onsiteScores: scores as DisabilityItemScores,
        guardianPresent: args.guardianPresent,
        presentPerson: person,
        onsiteNotes: notes,
        computedGrade: grade.value.grade,
        gradeTrace: grade.trace,
        version: row.version + 1,
      };
      return this.saveStep(scope, caller, row, changes, 'onsiteRecord');
    });
  }

  /** An objection during the 7 days of publicity: a named third party with evidence (Qinhuangdao art. 23–24). */
  fileObjection(caller: Caller, args: FileObjectionArgs): Promise<AssessmentApplication> {
    return this.db.write(caller, 'fileAssessmentObjection', async (scope) => {
      const row = await this.lockAt(scope, args.id, args.expectedVersion, 'publicity');
      const name = args.objectorName.trim();
      const evidence = args.evidence.trim();
      const issues: PolicyIssue[] = [];
      if (!name || [...name].length > 100) issues.push({ path: 'objectorName', code: 'REQUIRED', message: '异议须实名（100 字以内）' });
      if (!evidence || [...evidence].length > 2000)
        issues.push({ path: 'evidence', code: 'REQUIRED', message: '异议须附证据（2000 字以内）' });
      if (issues.length) throw issuesError(issues);
      const today = todayInChina();
      const params = await this.params(scope, row.regionId);
      const ends =
        row.publicityStart && params.deadlines.publicityDays.value !== null
          ? addDays(row.publicityStart, params.deadlines.publicityDays.value)
          : null;
      if (!ends || today > ends)
        throw new ConflictError(`公示期已于 ${ends ?? '—'} 届满`, undefined, {
          reason: 'OBJECTION_WINDOW_CLOSED',
          issues: [{ code: 'OBJECTION_WINDOW_CLOSED', path: 'id', params: { endsOn: ends } }],
        });
      if (row.objectionPending) throw new ConflictError('已有待处理的异议', undefined, { reason: 'OBJECTION_PENDING' });
      const changes = {
        objectionBy: name,
        objectionEvidence: evidence,
        objectionOn: today,
        objectionPending: true,
        version: row.version + 1,
      };
      return this.saveStep(scope, caller, row, changes, 'objection');
    });
  }

  /** An assessor's declared relations in the caller's regions, newest first (the unique (staff_id, claimant_id) index serves it). */
  relationsOf(caller: Caller, staffId: string): Promise<AssessorRelation[]> {
    return this.db.read(caller, async (scope) => {
      if (!isUuid(staffId)) throw issuesError([{ path: 'staffId', code: 'NOT_ALLOWED', message: '评估人员编号无效 (not an assessor id)' }]);
      const staff = await scope.one(Staff, staffId);
      return scope
        .rows(AssessorRelation, 'r', staff.regionId)
        .andWhere('r.staff_id = :s', { s: staff.id })
        .orderBy('r.created_at', 'DESC')
        .addOrderBy('r.id', 'ASC')
        .limit(200)
        .getMany();
    });
  }

  /** An assessor's declared family or interest relation with a claimant: never drawn for them (Qinhuangdao art. 20). */
  declareRelation(caller: Caller, args: DeclareAssessorRelationArgs): Promise<AssessorRelation> {
    return this.db
      .write(caller, 'declareAssessorRelation', async (scope) => {
        const staff = await scope.one(Staff, args.staffId);
        const claimant = await scope.one(Claimant, args.claimantId);
        scope.assertPlace(claimant.regionId, claimant.countyId);
        const relation = args.relation.trim();
        if (!relation || [...relation].length > 200)
          throw issuesError([{ path: 'relation', code: 'REQUIRED', message: '请说明亲属或利害关系（200 字以内）' }]);
        if (staff.regionId !== claimant.regionId)
          throw issuesError([{ path: 'staffId', code: 'NOT_ALLOWED', message: '评估人员与参保人不在同一统筹地区' }]);
        const saved = await scope.em.save(
          scope.em.create(AssessorRelation, {
            regionId: claimant.regionId,
            staffId: staff.id,
            claimantId: claimant.id,
            relation,
            declaredBy: caller.id,
          }),
        );
        await recordAudit(scope.em, caller, {
          operation: 'create',
          entityType: 'AssessorRelation',
          entityId: saved.id,
          regionId: saved.regionId,
          after: saved,
        });
        return saved;
      })
      .catch((error) => {
        if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505')
          throw new ConflictError('该回避关系已登记', undefined, { reason: 'DUPLICATE_RELATION' });
        throw error;
      });
  }

  /**
   * Random spot-checks of recent conclusions (Qinhuangdao art. 27(4)): the final conclusions of the
   * region's last 12 months, sorted by id, shuffled with the seed; each drawn one gets a spot-check
   * application. The seed and the candidate list go into the audit row, so the draw can be replayed.
   */
  drawSpotChecks(caller: Caller, args: DrawSpotChecksArgs): Promise<SpotCheckDraw> {
    return this.db.write(caller, 'drawSpotChecks', async (scope) => {
      scope.assertRegion(args.regionId);
      const issues: PolicyIssue[] = [];
      if (!Number.isInteger(args.count) || args.count < 1 || args.count > 50)
        issues.push({ path: 'count', code: 'OUT_OF_RANGE', message: '抽查件数应为 1–50' });
      if (args.seed != null && !(Number.isInteger(args.seed) && args.seed >= 0 && args.seed <= 0xffffffff))
        issues.push({ path: 'seed', code: 'OUT_OF_RANGE', message: '随机种子应为 0…4294967295 的整数' });
      if (issues.length) throw issuesError(issues);
      const today = todayInChina();
      const since = addMonths(today, -12);
      const finals = await scope
        .rows(AssessmentApplication, 'a', args.regionId)
        .andWhere("a.state = 'final' AND a.kind <> 'spotCheck' AND a.letter_issued_on >= :since", { since })
        .orderBy('a.id', 'ASC')
        .getMany();
      const seed = args.seed ?? randomInt(0, 2 ** 32);
      const drawn = seededShuffle(
        finals.map((f) => f.id),
        mulberry32(seed),
      ).slice(0, args.count);
      const created: string[] = [];
      for (const id of drawn) {
        const f = finals.find((x) => x.id === id) as AssessmentApplication;
        const saved = await scope.em.save(
          scope.em.create(AssessmentApplication, {
            regionId: f.regionId,
            countyId: f.countyId,
            claimantId: f.claimantId,
            kind: 'spotCheck',
            firstApplicationId: f.id,
            appliedOn: today,
            disabilitySince: f.disabilitySince,
            conditionStable: f.conditionStable,
            workInjury: f.workInjury,
            missingMaterials: [],
            preparedBy: caller.id,
          }),
        );
        created.push(saved.id);
      }
      // one audit row for the whole draw: its seed, its candidates and the applications it opened (replayable)
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: ENTITY,
        entityId: `spotCheck:${seed}`,
        regionId: args.regionId,
        after: { spotCheck: { seed, count: args.count, candidates: finals.map((x) => x.id), created } },
      });
      return { seed, candidates: finals.map((x) => x.id), created };
    });
  }

  /** The date of each claimant's last final conclusion (its letter), for Qinhuangdao art. 18(4); one read for a page. */
  async lastConclusions(scope: Scope, claimantIds: readonly string[]): Promise<Map<string, string>> {
    if (!claimantIds.length) return new Map();
    const rows: { claimant_id: string; last: string }[] = await scope
      .rows(AssessmentApplication, 'a')
      .select('a.claimant_id', 'claimant_id')
      .addSelect("to_char(max(coalesce(a.letter_issued_on, a.final_on)), 'YYYY-MM-DD')", 'last')
      .andWhere("a.state = 'final' AND a.claimant_id IN (:...claimantIds)", { claimantIds })
      .groupBy('a.claimant_id')
      .getRawMany();
    return new Map(rows.filter((r) => r.last).map((r) => [r.claimant_id, r.last]));
  }

  /** The fee rows of applications (already read through Scope), for a page. */
  feesOf(scope: Scope, ids: readonly string[]): Promise<AssessmentFee[]> {
    return scope.rows(AssessmentFee, 'f').andWhere('f.application_id IN (:...ids)', { ids }).orderBy('f.payer').getMany();
  }

  /** A step's fields written on the locked row (its version moved on), with its audit row, in the step's transaction. */
  private async saveStep(
    scope: Scope,
    caller: Caller,
    row: AssessmentApplication,
    changes: Partial<AssessmentApplication>,
    step: string,
  ): Promise<AssessmentApplication> {
    await scope.em.update(AssessmentApplication, { id: row.id }, changes as never);
    await recordAudit(scope.em, caller, {
      operation: 'update',
      entityType: ENTITY,
      entityId: row.id,
      regionId: row.regionId,
      before: row,
      after: { ...row, ...changes, step },
    });
    return scope.one(AssessmentApplication, row.id);
  }

  private async params(scope: Scope, regionId: string): Promise<AssessmentParams> {
    const pack = await this.policyData.packIn(scope, regionId, todayInChina());
    if (!pack.ok) throw new BadUserInputError({ regionId: pack.issues.map((i) => i.message).join('；') });
    return pack.value.assessment;
  }

  private async lockAt(scope: Scope, id: string, expectedVersion: number, state: string): Promise<AssessmentApplication> {
    const row = await scope.one(AssessmentApplication, id, { lock: true });
    refuseStaleVersion(row, expectedVersion);
    if (row.state !== state)
      throw new ConflictError(`当前状态不能办理此项（应为 ${state}）`, undefined, {
        reason: 'TRANSITION_NOT_ALLOWED',
        issues: [{ code: 'TRANSITION_NOT_ALLOWED', path: 'state', params: { state: row.state, expected: state } }],
      });
    return row;
  }

  /** The assessment a re-assessment is about (Qinhuangdao art. 24), or for a spot-check / state change the claimant's last final one. */
  private async firstOf(scope: Scope, row: AssessmentApplication): Promise<AssessmentApplication | null> {
    if (row.firstApplicationId) return scope.one(AssessmentApplication, row.firstApplicationId);
    return (
      (await scope
        .rows(AssessmentApplication, 'a')
        .andWhere("a.claimant_id = :c AND a.state = 'final' AND a.id <> :id", { c: row.claimantId, id: row.id })
        .orderBy('a.final_on', 'DESC')
        .addOrderBy('a.id', 'DESC')
        .getOne()) ?? null
    );
  }

  private async openReassessment(scope: Scope, row: AssessmentApplication, kind: 'dispute' | 'objection'): Promise<void> {
    const saved = await scope.em.save(
      scope.em.create(AssessmentApplication, {
        regionId: row.regionId,
        countyId: row.countyId,
        claimantId: row.claimantId,
        kind,
        firstApplicationId: row.firstApplicationId ?? row.id,
        appliedOn: todayInChina(),
        disabilitySince: row.disabilitySince,
        conditionStable: row.conditionStable,
        workInjury: row.workInjury,
        missingMaterials: [],
        preparedBy: scope.caller.id,
      }),
    );
    await recordAudit(scope.em, scope.caller, {
      operation: 'create',
      entityType: ENTITY,
      entityId: saved.id,
      regionId: saved.regionId,
      after: saved,
    });
  }

  /**
   * The fee agreed in the dispatched institution's service agreement whose term covers the on-site day
   * (Xinjiang art. 22: 评估费由协商确定，并在服务协议中明确); none → the fee rule reports PARAMETER_MISSING.
   */
  private async agreedFee(scope: Scope, row: AssessmentApplication): Promise<string | undefined> {
    const on = row.onsiteOn ?? todayInChina();
    const agreement = await scope
      .rows(ServiceAgreement, 'g', row.regionId)
      .andWhere("g.institution_id = :i AND g.state <> 'draft' AND g.start_date <= :on AND g.end_date >= :on", { i: row.institutionId, on })
      .orderBy('g.start_date', 'DESC')
      .addOrderBy('g.id', 'ASC')
      .getOne();
    return agreement?.assessmentFee ?? undefined;
  }

  /** Every finished assessment's fee and payer from `assessmentFeePayer` (Qinhuangdao art. 27; Xinjiang art. 22), queued for its month. */
  private async recordFees(scope: Scope, row: AssessmentApplication): Promise<void> {
    const params = await this.params(scope, row.regionId);
    const original = row.kind === 'initial' || row.kind === 'endOfTerm' ? null : await this.firstOf(scope, row);
    const differs = original ? original.recordedGrade !== row.recordedGrade : false;
    const initialFee = original
      ? (await this.feesOf(scope, [original.id])).find((f) => f.payer === 'fund' || f.payer === 'applicant')?.amount
      : undefined;
    // Xinjiang art. 22: where the region fixes no fee (Tumxuk), the fee agreed in the institution's agreement
    const agreementFee = params.fee.value === null && row.institutionId ? await this.agreedFee(scope, row) : undefined;
    const r = assessmentFeePayer(
      {
        kind: row.kind as AssessmentKind,
        ...(agreementFee ? { agreementFee } : {}),
        resultQualifies: row.recordedGrade !== null && params.qualifyingGrades.value.includes(row.recordedGrade as never),
        resultDiffersFromOriginal: differs,
        stateChanged: differs,
        ...(initialFee ? { initialFee } : {}),
      },
      params,
    );
    if (!r.ok) throw issuesError(r.issues);
    const month = todayInChina().slice(0, 7);
    const rows = [
      { payer: r.value.payer, amount: r.value.amount, institutionId: row.institutionId },
      ...(r.value.refund && original?.institutionId
        ? [{ payer: 'institutionRefund', amount: r.value.refund.amount, institutionId: original.institutionId }]
        : []),
    ];
    for (const f of rows) {
      if (!f.institutionId) throw new ConflictError('评估机构缺失，无法计费', undefined, { reason: 'NOT_DISPATCHED' });
      const saved = await scope.em.save(
        scope.em.create(AssessmentFee, {
          regionId: row.regionId,
          applicationId: row.id,
          assessmentInstitutionId: f.institutionId,
          month,
          kind: row.kind,
          payer: f.payer,
          amount: f.amount,
          trace: r.trace,
        }),
      );
      await recordAudit(scope.em, scope.caller, {
        operation: 'create',
        entityType: 'AssessmentFee',
        entityId: saved.id,
        regionId: saved.regionId,
        after: saved,
      });
    }
  }
}
