import { addMonths, type IsoDate } from '../core/dates.js';
import { Issues, ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import { optionalDate, requireBoolean, requireDate, requireRecord } from '../core/validate.js';
import type { AdmissibilityGround, AssessmentParams } from './params.js';

/** The facts of an assessment application (Qinhuangdao art. 17–18). */
export interface AdmissibilityInput {
  /** The day the application is checked. */
  checkedOn: IsoDate;
  insured?: boolean;
  inWaitingPeriod?: boolean;
  /** First day of the disability. */
  disabilitySince?: IsoDate;
  conditionStable?: boolean;
  inHospital?: boolean;
  /** Materials still missing (empty when complete). */
  missingMaterials?: string[];
  /** Deadline given for completing them (art. 17: told once, all at once); absent = not yet told. */
  supplementDueDate?: IsoDate;
  materialsForged?: boolean;
  /** Issue date of the claimant's last assessment conclusion, if any. */
  lastConclusionDate?: IsoDate;
  disabilityFromWorkInjury?: boolean;
}

export interface AdmissibilityRefusal {
  ground: AdmissibilityGround;
  citation: string;
  message: string;
}

export interface AdmissibilityResult {
  admissible: boolean;
  /** `awaitingMaterials`: no refusal, but materials are missing and their deadline has not passed. */
  status: 'admissible' | 'awaitingMaterials' | 'refused';
  refusals: AdmissibilityRefusal[];
  missingMaterials: string[];
}

const FIELDS: Record<AdmissibilityGround, keyof AdmissibilityInput> = {
  notInsured: 'insured',
  inWaitingPeriod: 'inWaitingPeriod',
  disabilityTooShort: 'disabilitySince',
  conditionUnstable: 'conditionStable',
  inHospital: 'inHospital',
  materialsNotCompletedInTime: 'missingMaterials',
  materialsForged: 'materialsForged',
  tooSoonSinceLastConclusion: 'lastConclusionDate',
  workInjury: 'disabilityFromWorkInjury',
};

function validate(input: AdmissibilityInput, params: AssessmentParams): Issues {
  const issues = new Issues();
  if (!requireRecord(issues, 'input', input)) return issues;
  requireDate(issues, 'checkedOn', input.checkedOn);
  const grounds = params.admissibility.grounds;
  for (const ground of Object.keys(grounds) as AdmissibilityGround[]) {
    const field = FIELDS[ground];
    const value = input[field];
    if (field === 'disabilitySince') requireDate(issues, field, value);
    else if (field === 'lastConclusionDate') optionalDate(issues, field, value);
    else if (field !== 'missingMaterials') requireBoolean(issues, field, value);
  }
  const missing = input.missingMaterials;
  if (missing !== undefined && !(Array.isArray(missing) && missing.every((m) => typeof m === 'string')))
    issues.add('missingMaterials', 'NOT_ALLOWED', 'missingMaterials must be a list of material names');
  optionalDate(issues, 'supplementDueDate', input.supplementDueDate);
  return issues;
}

/**
 * Whether an assessment application is accepted, with EVERY refusal ground that applies
 * (Qinhuangdao art. 18; Tumxuk §5(一) ≥ 6 months of lasting disability). The grounds a
 * region applies, and their citations, are data in `params.admissibility.grounds`.
 */
export function checkAssessmentAdmissibility(input: AdmissibilityInput, params: AssessmentParams): PolicyResult<AdmissibilityResult> {
  const bad = validate(input, params).result<AdmissibilityResult>();
  if (bad) return bad;
  const { grounds, minDisabilityMonths, minMonthsSinceLastConclusion } = params.admissibility;
  const t = new Tracer();
  const refusals: AdmissibilityRefusal[] = [];
  const missing = input.missingMaterials ?? [];

  const check = (ground: AdmissibilityGround, inputs: Record<string, unknown>, refused: boolean, message: string) => {
    const citation = grounds[ground];
    if (!citation) return;
    t.step(`assessment.admissibility.${ground}`, citation, inputs, refused ? 'refused' : 'passed');
    if (refused) refusals.push({ ground, citation, message });
  };

  // Stryker disable ObjectLiteral: the second argument of check() is what the trace step read (text-ignorer.mjs leaves out t.step's own)
  check('notInsured', { insured: input.insured }, input.insured === false, '未按规定参加长护险');
  check('inWaitingPeriod', { inWaitingPeriod: input.inWaitingPeriod }, input.inWaitingPeriod === true, '处于长护险待遇等待期');
  if (input.disabilitySince) {
    const lastsFrom = addMonths(input.disabilitySince, minDisabilityMonths);
    check(
      'disabilityTooShort',
      { disabilitySince: input.disabilitySince, minMonths: minDisabilityMonths, sixMonthsReachedOn: lastsFrom, checkedOn: input.checkedOn },
      input.checkedOn < lastsFrom,
      `失能状态持续时间不足${minDisabilityMonths}个月（${lastsFrom}满${minDisabilityMonths}个月）`,
    );
  }
  check('conditionUnstable', { conditionStable: input.conditionStable }, input.conditionStable === false, '病情不稳定');
  check('inHospital', { inHospital: input.inHospital }, input.inHospital === true, '仍在住院治疗');
  const overdue = missing.length > 0 && !!input.supplementDueDate && input.checkedOn > input.supplementDueDate;
  check(
    'materialsNotCompletedInTime',
    { missingMaterials: missing, supplementDueDate: input.supplementDueDate ?? null, checkedOn: input.checkedOn },
    overdue,
    `申请材料不齐全且未在规定期限（${input.supplementDueDate}）内补正：${missing.join('、')}`,
  );
  check('materialsForged', { materialsForged: input.materialsForged }, input.materialsForged === true, '提供虚假、伪造申报材料');
  if (input.lastConclusionDate) {
    const allowedFrom = addMonths(input.lastConclusionDate, minMonthsSinceLastConclusion);
    check(
      'tooSoonSinceLastConclusion',
      { lastConclusionDate: input.lastConclusionDate, minMonths: minMonthsSinceLastConclusion, allowedFrom, checkedOn: input.checkedOn },
      input.checkedOn < allowedFrom,
      `距上次评估结论出具未满${minMonthsSinceLastConclusion}个月（${allowedFrom}起可申请）`,
    );
  }
  check(
    'workInjury',
    { disabilityFromWorkInjury: input.disabilityFromWorkInjury },
    input.disabilityFromWorkInjury === true,
    '因工伤导致生活不能自理',
  );

  // Stryker restore ObjectLiteral
  const status: AdmissibilityResult['status'] = refusals.length ? 'refused' : missing.length ? 'awaitingMaterials' : 'admissible';
  const result = t.step(
    'assessment.admissibility',
    params.admissibility.citation,
    { refusals: refusals.map((r) => r.ground), missingMaterials: missing },
    { admissible: status === 'admissible', status, refusals, missingMaterials: missing },
    status === 'awaitingMaterials'
      ? { note: '材料不全：一次性告知需补正的全部内容 (Qinhuangdao art. 17 ¶2); 补齐前不进入评估' }
      : undefined,
  );
  return ok(result, t.steps);
}
