import { addMonths, type IsoDate } from '../core/dates.js';
import { Issues, ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import { optionalDate, requireBoolean, requireDate, requireRecord, requireRecordList, requireText } from '../core/validate.js';
import type { DesignationMaterial, DesignationParams, InstitutionParams, ManagementSystem } from './params.js';

export type StaffTitle = 'none' | 'junior' | 'intermediate' | 'senior';

export interface DesignationStaffMember {
  id: string;
  role: 'assessor' | 'expert' | 'ltciManager' | 'it';
  title?: StaffTitle;
  /** Years of work in a relevant field (medicine, nursing, rehabilitation, psychology, long-term care, elderly care). */
  yearsInField?: number;
  /** Holds the corresponding professional qualification. */
  qualified?: boolean;
}

/** An application for assessment-institution designation (Xinjiang art. 6–7, 12; annex 2). */
export interface DesignationApplication {
  applicationDate: IsoDate;
  independentLegalPerson: boolean;
  /** Registered (and operating) in the region since. */
  registeredInRegionOn: IsoDate;
  staff: DesignationStaffMember[];
  premises: { fixedOffice: boolean; tenure: 'owned' | 'leased'; leaseEndsOn?: IsoDate };
  /** Software and hardware meeting the agreement and the national platform's standards (art. 6(三)). */
  equipmentReady: boolean;
  /** Can use or connect to the national medical-security platform's LTCI module (art. 6(四)). */
  platformReady: boolean;
  managementSystems: ManagementSystem[];
  materialsProvided: DesignationMaterial[];
  forgeryDiscoveredOn?: IsoDate;
  terminatedForViolationOn?: IsoDate;
  violationPenaltyFulfilled?: boolean;
  terminatedForSevereBreachOn?: IsoDate;
  breachLiabilityFulfilled?: boolean;
  /** Legal representative, principal or actual controller on the dishonest-persons list (art. 12(4)). */
  dishonestListed: boolean;
  underInvestigation: boolean;
  /** Legal representative, principal, actual controller or a shareholder has set up an LTCI care institution (art. 12(6)). */
  ownerSetUpCareInstitution: boolean;
}

export interface DesignationFinding {
  code: string;
  citation: string;
  message: string;
}

export interface DesignationEligibilityResult {
  /** refused (art. 12) > materialsIncomplete (art. 8) > ineligible (art. 6–7) > eligible. */
  status: 'eligible' | 'ineligible' | 'materialsIncomplete' | 'refused';
  eligible: boolean;
  refusals: DesignationFinding[];
  unmet: DesignationFinding[];
  /** Everything missing, told at once (art. 8). */
  missingMaterials: DesignationMaterial[];
}

const TITLES: StaffTitle[] = ['none', 'junior', 'intermediate', 'senior'];
const ROLES = ['assessor', 'expert', 'ltciManager', 'it'];

function validate(a: DesignationApplication, p: InstitutionParams): Issues {
  const issues = new Issues();
  if (!requireRecord(issues, 'input', a)) return issues;
  if (!p.designation)
    issues.add(
      'params.designation',
      'PARAMETER_MISSING',
      'the designation rules are not stated for this region (Qinhuangdao art. 37 refers to another document)',
    );
  requireDate(issues, 'applicationDate', a.applicationDate);
  requireDate(issues, 'registeredInRegionOn', a.registeredInRegionOn);
  for (const f of [
    'independentLegalPerson',
    'equipmentReady',
    'platformReady',
    'dishonestListed',
    'underInvestigation',
    'ownerSetUpCareInstitution',
  ] as const)
    requireBoolean(issues, f, a[f]);
  if (requireRecordList(issues, 'staff', a.staff))
    a.staff.forEach((s, i) => {
      requireText(issues, `staff.${i}.id`, s.id);
      if (!ROLES.includes(s.role)) issues.add(`staff.${i}.role`, 'NOT_ALLOWED', `role must be one of ${ROLES.join(', ')}`);
      if (s.title !== undefined && !TITLES.includes(s.title))
        issues.add(`staff.${i}.title`, 'NOT_ALLOWED', `title must be one of ${TITLES.join(', ')}`);
      if (s.yearsInField !== undefined && !(typeof s.yearsInField === 'number' && s.yearsInField >= 0))
        issues.add(`staff.${i}.yearsInField`, 'OUT_OF_RANGE', 'yearsInField must be a number ≥ 0');
    });
  if (requireRecord(issues, 'premises', a.premises)) {
    requireBoolean(issues, 'premises.fixedOffice', a.premises.fixedOffice);
    if (a.premises.tenure !== 'owned' && a.premises.tenure !== 'leased')
      issues.add('premises.tenure', 'NOT_ALLOWED', 'tenure must be owned or leased');
    if (a.premises.tenure === 'leased') requireDate(issues, 'premises.leaseEndsOn', a.premises.leaseEndsOn);
  }
  for (const f of ['managementSystems', 'materialsProvided'] as const)
    if (!Array.isArray(a[f])) issues.add(f, 'REQUIRED', `${f} is required`);
  for (const f of ['forgeryDiscoveredOn', 'terminatedForViolationOn', 'terminatedForSevereBreachOn'] as const)
    optionalDate(issues, f, a[f]);
  if (a.terminatedForViolationOn) requireBoolean(issues, 'violationPenaltyFulfilled', a.violationPenaltyFulfilled);
  if (a.terminatedForSevereBreachOn) requireBoolean(issues, 'breachLiabilityFulfilled', a.breachLiabilityFulfilled);
  return issues;
}

function refusalsOf(a: DesignationApplication, d: DesignationParams, t: Tracer): DesignationFinding[] {
  const out: DesignationFinding[] = [];
  const refuse = (code: string, citation: string, inputs: Record<string, unknown>, refused: boolean, message: string) => {
    t.step(`institutions.designation.${code}`, citation, inputs, refused ? 'refused' : 'passed');
    if (refused) out.push({ code, citation, message });
  };
  const within = (since: IsoDate | undefined, months: number) => !!since && a.applicationDate < addMonths(since, months);
  refuse(
    'forgery',
    'Xinjiang art. 12(1)',
    { forgeryDiscoveredOn: a.forgeryDiscoveredOn ?? null },
    within(a.forgeryDiscoveredOn, d.forgeryBarMonths),
    '伪造、篡改申请材料，自发现之日起未满3年',
  );
  refuse(
    'terminatedForViolation',
    'Xinjiang art. 12(2)',
    { terminatedForViolationOn: a.terminatedForViolationOn ?? null, penaltyFulfilled: a.violationPenaltyFulfilled ?? null },
    !!a.terminatedForViolationOn &&
      (within(a.terminatedForViolationOn, d.violationTerminationBarMonths) || a.violationPenaltyFulfilled === false),
    '因违法违规被解除评估服务协议未满3年或未完全履行行政处罚法律责任',
  );
  refuse(
    'terminatedForSevereBreach',
    'Xinjiang art. 12(3)',
    { terminatedForSevereBreachOn: a.terminatedForSevereBreachOn ?? null, liabilityFulfilled: a.breachLiabilityFulfilled ?? null },
    !!a.terminatedForSevereBreachOn &&
      (within(a.terminatedForSevereBreachOn, d.severeBreachTerminationBarMonths) || a.breachLiabilityFulfilled === false),
    '因严重违反评估服务协议被解除协议未满1年或未完全履行违约责任',
  );
  refuse(
    'dishonestListed',
    'Xinjiang art. 12(4)',
    { dishonestListed: a.dishonestListed },
    a.dishonestListed,
    '法定代表人、主要负责人或实际控制人被列入失信人名单',
  );
  refuse(
    'underInvestigation',
    'Xinjiang art. 12(5)',
    { underInvestigation: a.underInvestigation },
    a.underInvestigation,
    '涉嫌违法违规，有关部门正在调查',
  );
  refuse(
    'ownerSetUpCareInstitution',
    'Xinjiang art. 12(6)',
    { ownerSetUpCareInstitution: a.ownerSetUpCareInstitution },
    a.ownerSetUpCareInstitution,
    '法定代表人、主要负责人、实际控制人或者股东设立了长期护理保险护理服务机构',
  );
  return out;
}

function unmetOf(a: DesignationApplication, d: DesignationParams, t: Tracer): DesignationFinding[] {
  const out: DesignationFinding[] = [];
  const need = (code: string, citation: string, inputs: Record<string, unknown>, met: boolean, message: string) => {
    t.step(`institutions.designation.${code}`, citation, inputs, met ? 'met' : 'unmet');
    if (!met) out.push({ code, citation, message });
  };
  need(
    'independentLegalPerson',
    'Xinjiang annex 2',
    { independentLegalPerson: a.independentLegalPerson },
    a.independentLegalPerson,
    '不具有独立法人资格',
  );
  const operatingFrom = addMonths(a.registeredInRegionOn, d.minMonthsOperating);
  need(
    'operatingPeriod',
    'Xinjiang annex 2',
    { registeredInRegionOn: a.registeredInRegionOn, applicationDate: a.applicationDate, operatingFrom },
    a.applicationDate >= operatingFrom,
    `在统筹区内依法登记并正式运营不足${d.minMonthsOperating}个月（${operatingFrom}起满）`,
  );

  const team = a.staff.filter((s) => s.role === 'assessor' || s.role === 'expert');
  for (const s of team) {
    const ok = (s.yearsInField ?? 0) >= d.minYearsInField && s.qualified === true;
    need(
      `staffQualification.${s.id}`,
      'Xinjiang art. 6(2)',
      { id: s.id, yearsInField: s.yearsInField ?? null, qualified: s.qualified ?? null },
      ok,
      `${s.id}：须从事相关专业工作${d.minYearsInField}年（含）以上并取得相应职业资格`,
    );
  }
  const valid = team.filter((s) => (s.yearsInField ?? 0) >= d.minYearsInField && s.qualified === true);
  const experts = valid.filter((s) => s.role === 'expert');
  const intermediate = experts.filter((s) => s.title === 'intermediate' || s.title === 'senior').length;
  const senior = experts.filter((s) => s.title === 'senior').length;
  const count = (role: DesignationStaffMember['role']) => a.staff.filter((s) => s.role === role).length;
  need(
    'teamSize',
    'Xinjiang art. 6(2)',
    { qualifiedAssessorsAndExperts: valid.length },
    valid.length >= d.minAssessorsAndExperts,
    `评估员和评估专家总数不少于${d.minAssessorsAndExperts}人（符合条件的${valid.length}人）`,
  );
  need(
    'intermediateExperts',
    'Xinjiang art. 6(2)',
    { intermediateOrAbove: intermediate },
    intermediate >= d.minIntermediateExperts,
    `具有中级以上职称的评估专家不少于${d.minIntermediateExperts}人（现${intermediate}人）`,
  );
  need(
    'seniorExperts',
    'Xinjiang art. 6(2)',
    { senior },
    senior >= d.minSeniorExperts,
    `具有高级职称的评估专家不少于${d.minSeniorExperts}人（现${senior}人）`,
  );
  need(
    'ltciManagers',
    'Xinjiang art. 6(2)',
    { ltciManagers: count('ltciManager') },
    count('ltciManager') >= d.minLtciManagers,
    `专职长护险管理人员不少于${d.minLtciManagers}人`,
  );
  need(
    'itStaff',
    'Xinjiang art. 6(2)',
    { itStaff: count('it') },
    count('it') >= d.minItStaff,
    `信息技术管理维护人员不少于${d.minItStaff}人`,
  );

  need(
    'fixedOffice',
    'Xinjiang art. 6(3)',
    { fixedOffice: a.premises.fixedOffice, equipmentReady: a.equipmentReady },
    a.premises.fixedOffice && a.equipmentReady,
    '须有固定办公场所并配备符合要求的软、硬件设备',
  );
  const usableUntil = addMonths(a.applicationDate, d.minPremisesMonthsRemaining);
  need(
    'premisesTerm',
    'Xinjiang art. 7(4)',
    { tenure: a.premises.tenure, leaseEndsOn: a.premises.leaseEndsOn ?? null, requiredUntil: usableUntil },
    a.premises.tenure === 'owned' || (a.premises.leaseEndsOn ?? '') >= usableUntil,
    `业务用房有效使用期限不少于${d.minPremisesMonthsRemaining / 12}年（须至${usableUntil}）`,
  );
  need(
    'platform',
    'Xinjiang art. 6(4)',
    { platformReady: a.platformReady },
    a.platformReady,
    '须能使用或对接全国统一的医保信息平台长护险功能模块',
  );
  const missingSystems = d.requiredSystems.filter((s) => !a.managementSystems.includes(s));
  need(
    'managementSystems',
    'Xinjiang art. 6(5)',
    { provided: a.managementSystems },
    missingSystems.length === 0,
    `缺少管理制度：${missingSystems.join('、')}`,
  );
  return out;
}

/**
 * Whether an applicant qualifies for assessment-institution designation: the art. 12 refusals,
 * every unmet art. 6–7 / annex 2 requirement, and every missing art. 7 material — all listed at
 * once (Xinjiang art. 8).
 */
export function checkDesignationEligibility(
  input: DesignationApplication,
  params: InstitutionParams,
): PolicyResult<DesignationEligibilityResult> {
  const bad = validate(input, params).result<DesignationEligibilityResult>();
  if (bad) return bad;
  const d = params.designation!;
  const t = new Tracer();
  const refusals = refusalsOf(input, d, t);
  const missingMaterials = t.step(
    'institutions.designation.materials',
    'Xinjiang art. 8',
    { provided: input.materialsProvided, required: d.requiredMaterials },
    d.requiredMaterials.filter((m) => !input.materialsProvided.includes(m)),
  );
  const unmet = unmetOf(input, d, t);
  const status: DesignationEligibilityResult['status'] = refusals.length
    ? 'refused'
    : missingMaterials.length
      ? 'materialsIncomplete'
      : unmet.length
        ? 'ineligible'
        : 'eligible';
  const value = t.step(
    'institutions.designation.eligibility',
    'Xinjiang art. 6–8, 12',
    { refusals: refusals.length, missingMaterials: missingMaterials.length, unmet: unmet.length },
    { status, eligible: status === 'eligible', refusals, unmet, missingMaterials },
  );
  return ok(value, t.steps);
}
