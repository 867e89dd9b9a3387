/** The three roles of the LTCI scheme an institution can hold. */
export type InstitutionRole = 'assessment' | 'care' | 'tpa';

/**
 * assessmentExclusive: an assessment institution may do neither care nor TPA work; care + TPA is allowed (Qinhuangdao art. 40).
 * noTwoOfThree / notAllThree: the two readings of Tumxuk §6(一).
 */
export type RoleSeparationRule = 'assessmentExclusive' | 'noTwoOfThree' | 'notAllThree';

/** The seven management systems of Xinjiang art. 6(5). */
export type ManagementSystem = 'service' | 'finance' | 'statistics' | 'internalControl' | 'staff' | 'archives' | 'disputes';

/** The application materials of Xinjiang art. 7(1)–(六). */
export type DesignationMaterial = 'licence' | 'representativeIdAndPledge' | 'staffRoster' | 'premisesProof' | 'internalRules' | 'itSystem';

/** Major information changes (Xinjiang art. 21). */
export type MajorInfoChange =
  | 'name'
  | 'legalRepresentative'
  | 'principal'
  | 'actualController'
  | 'registeredAddress'
  | 'bankAccount'
  | 'businessScope'
  | 'nature';

/** Assessment-institution designation per the Xinjiang rules (which Tumxuk applies). */
export interface DesignationParams {
  /** Registered and operating in the region ≥ N months (Xinjiang annex 2, basic item 1.2). */
  minMonthsOperating: number;
  /** Art. 6(二): assessors + experts, experts with intermediate title or above, with senior title. */
  minAssessorsAndExperts: number;
  minIntermediateExperts: number;
  minSeniorExperts: number;
  /** Art. 6(二): years in a relevant field for each assessor and expert. */
  minYearsInField: number;
  minLtciManagers: number;
  minItStaff: number;
  /** Art. 7(四): premises usable ≥ N more months from the application. */
  minPremisesMonthsRemaining: number;
  requiredSystems: ManagementSystem[];
  requiredMaterials: DesignationMaterial[];
  /** Art. 12(一)–(三) bars, in months. */
  forgeryBarMonths: number;
  violationTerminationBarMonths: number;
  severeBreachTerminationBarMonths: number;
  /** Art. 8: review ≤ N months from acceptance, supplement time not counted. */
  reviewMonths: number;
  /** Art. 9: publicity ≥ N calendar days. */
  publicityMinDays: number;
  /** Art. 10: agreement term, normally N months. */
  agreementTermMonths: number;
  /** Art. 21: major change applied for within N working days of the approval. */
  infoChangeWorkingDays: number;
}

export interface InstitutionParams {
  roleSeparation: {
    rule: RoleSeparationRule;
    citation: string;
    /** The rule is a spec Interpretation (named in the trace) rather than the plain text. */
    isInterpretation: boolean;
  };
  /** `null`: the region's documents do not state the designation rules (Qinhuangdao art. 37 refers to another document). */
  designation: DesignationParams | null;
}

export const xinjiangDesignationParams: DesignationParams = {
  minMonthsOperating: 3,
  minAssessorsAndExperts: 4,
  minIntermediateExperts: 3,
  minSeniorExperts: 1,
  minYearsInField: 2,
  minLtciManagers: 1,
  minItStaff: 1,
  minPremisesMonthsRemaining: 24,
  requiredSystems: ['service', 'finance', 'statistics', 'internalControl', 'staff', 'archives', 'disputes'],
  requiredMaterials: ['licence', 'representativeIdAndPledge', 'staffRoster', 'premisesProof', 'internalRules', 'itSystem'],
  forgeryBarMonths: 36,
  violationTerminationBarMonths: 36,
  severeBreachTerminationBarMonths: 12,
  reviewMonths: 3,
  publicityMinDays: 5,
  agreementTermMonths: 12,
  infoChangeWorkingDays: 30,
};

export const qinhuangdaoInstitutionParams: InstitutionParams = {
  roleSeparation: { rule: 'assessmentExclusive', citation: 'Qinhuangdao art. 40', isInterpretation: false },
  designation: null,
};

export const tumxukInstitutionParams: InstitutionParams = {
  roleSeparation: { rule: 'noTwoOfThree', citation: 'Tumxuk §6(一)', isInterpretation: true },
  designation: xinjiangDesignationParams,
};
