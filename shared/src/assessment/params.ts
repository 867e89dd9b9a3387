import type { Money } from '../core/money.js';

/** A parameter value with the article it comes from; `value: null` = the documents leave it unstated. */
export interface CitedParam<T> {
  value: T;
  citation: string;
}

/** Disability grade 0–5 of the national standard (医保办发〔2021〕37号). */
export type DisabilityGrade = 0 | 1 | 2 | 3 | 4 | 5;
export type DimensionLevel = 'intact' | 'mild' | 'moderate' | 'severe';
export type Dimension = 'adl' | 'cognition' | 'perception';

export type AdlItem =
  | 'eating'
  | 'dressing'
  | 'faceAndMouth'
  | 'bowel'
  | 'bladder'
  | 'toilet'
  | 'levelWalking'
  | 'bedChairTransfer'
  | 'stairs'
  | 'bathing';
export type CognitionItem = 'timeOrientation' | 'personOrientation' | 'placeOrientation' | 'memory';
export type PerceptionItem = 'vision' | 'hearing' | 'communication';

/** Total score range [min, max] (inclusive) of one dimension level. */
export interface ScoreBand {
  level: DimensionLevel;
  min: number;
  max: number;
}

/** Grounds on which an assessment application is not accepted (Qinhuangdao art. 18). */
export type AdmissibilityGround =
  | 'notInsured'
  | 'inWaitingPeriod'
  | 'disabilityTooShort'
  | 'conditionUnstable'
  | 'inHospital'
  | 'materialsNotCompletedInTime'
  | 'materialsForged'
  | 'tooSoonSinceLastConclusion'
  | 'workInjury';

/** Kinds of assessment (Qinhuangdao art. 27; Xinjiang art. 22). `objection`: dispute re-assessment a third party's founded objection triggered (Qinhuangdao art. 24). */
export type AssessmentKind = 'initial' | 'dispute' | 'objection' | 'stateChange' | 'spotCheck' | 'endOfTerm';

/** Why an assessor can never be drawn again (Xinjiang art. 16 ¶2(1)–(5)). */
export type AssessorRemovalGround = 'falseReport' | 'giftsOrHospitality' | 'dereliction' | 'violationOrSanction' | 'otherLegal';

export interface AssessmentParams {
  /** Fee per assessment. `null`: negotiated and written into each service agreement (Xinjiang art. 22), so the caller passes the agreement's fee. */
  fee: CitedParam<Money | null>;
  grading: {
    citation: string;
    /** Chinese label per grade 0–5. */
    labels: Record<DisabilityGrade, string>;
    /** Allowed values of each item score. */
    adlItems: Record<AdlItem, number[]>;
    cognitionItems: Record<CognitionItem, number[]>;
    perceptionItems: Record<PerceptionItem, number[]>;
    bands: Record<Dimension, ScoreBand[]>;
    /** grade = matrix[ADL level][worse of cognition and perception level]. */
    matrix: Record<DimensionLevel, Record<DimensionLevel, DisabilityGrade>>;
  };
  /** Grades that qualify for benefits (at launch severe only). */
  qualifyingGrades: CitedParam<DisabilityGrade[]>;
  admissibility: {
    citation: string;
    /** Grounds applied in this region, each with its citation; a ground absent here is not checked. */
    grounds: Partial<Record<AdmissibilityGround, string>>;
    minDisabilityMonths: number;
    minMonthsSinceLastConclusion: number;
  };
  deadlines: {
    /** Re-check and forward to the city within N working days of passing the initial review. */
    recheckWorkingDays: CitedParam<number | null>;
    /** Conclusion letter delivered, in principle, within N working days of acceptance. */
    conclusionWorkingDays: CitedParam<number | null>;
    /** Publicity of the conclusion, calendar days. */
    publicityDays: CitedParam<number | null>;
    /** Dispute re-assessment applied for within N working days of receiving the letter. */
    disputeWorkingDays: CitedParam<number | null>;
    /** State-change assessment only once the last conclusion is N months old. */
    stateChangeMinMonths: CitedParam<number | null>;
    /** Validity of a severe conclusion, months. */
    severeValidityMonths: CitedParam<number | null>;
  };
  assessors: {
    /** On-site assessors per assessment and experts among them. */
    minAssessors: CitedParam<number | null>;
    minExperts: CitedParam<number | null>;
    /** Experts who confirm a conclusion. */
    minConfirmingExperts: CitedParam<number | null>;
    /** Experts in a dispute re-assessment, "in principle" (a warning, not an error). */
    minDisputeExperts: CitedParam<number | null>;
    /** Citations of the exclusions applied in the draw; `{item}` in `removed` becomes the removal ground's number 1–5. */
    citations: { draw: string; removed: string; untrained: string; related: string; firstAssessment: string };
  };
  feePayer: {
    citations: Record<AssessmentKind, string>;
    /** Who collects: the fund's share is settled monthly, the applicant's is collected by the institution. */
    collectionCitations: { fund: string; applicant: string };
    /** Interpretation (the seeds are silent): who pays for the spot-check re-assessment itself. */
    spotCheckFeePayer: 'fund' | 'asStateChange';
    /** Interpretation (the seeds are silent): who pays for a re-assessment a third party's objection triggered. */
    objectionFeePayer: 'fund' | 'asDispute';
  };
}

const grading: AssessmentParams['grading'] = {
  citation: 'National standard 医保办发〔2021〕37号',
  labels: { 0: '基本正常', 1: '轻度失能', 2: '中度失能', 3: '重度失能一级', 4: '重度失能二级', 5: '重度失能三级' },
  adlItems: {
    eating: [0, 5, 10],
    dressing: [0, 5, 10],
    faceAndMouth: [0, 5],
    bowel: [0, 5, 10],
    bladder: [0, 5, 10],
    toilet: [0, 5, 10],
    levelWalking: [0, 5, 10, 15],
    bedChairTransfer: [0, 5, 10, 15],
    stairs: [0, 5, 10],
    bathing: [0, 5],
  },
  cognitionItems: {
    timeOrientation: [0, 1, 2, 3, 4],
    personOrientation: [0, 1, 2, 3, 4],
    placeOrientation: [0, 1, 2, 3, 4],
    memory: [0, 1, 2, 3, 4],
  },
  perceptionItems: { vision: [0, 1, 2, 3, 4], hearing: [0, 1, 2, 3, 4], communication: [0, 1, 2, 3, 4] },
  bands: {
    adl: [
      { level: 'intact', min: 100, max: 100 },
      { level: 'mild', min: 65, max: 95 },
      { level: 'moderate', min: 45, max: 60 },
      { level: 'severe', min: 0, max: 40 },
    ],
    cognition: [
      { level: 'intact', min: 16, max: 16 },
      { level: 'mild', min: 4, max: 15 },
      { level: 'moderate', min: 2, max: 3 },
      { level: 'severe', min: 0, max: 1 },
    ],
    perception: [
      { level: 'intact', min: 12, max: 12 },
      { level: 'mild', min: 4, max: 11 },
      { level: 'moderate', min: 2, max: 3 },
      { level: 'severe', min: 0, max: 1 },
    ],
  },
  matrix: {
    intact: { intact: 0, mild: 0, moderate: 1, severe: 1 },
    mild: { intact: 1, mild: 1, moderate: 1, severe: 2 },
    moderate: { intact: 2, mild: 2, moderate: 2, severe: 3 },
    severe: { intact: 3, mild: 3, moderate: 4, severe: 5 },
  },
};

export const qinhuangdaoAssessmentParams: AssessmentParams = {
  fee: { value: '200.00', citation: 'Qinhuangdao art. 27' },
  grading,
  qualifyingGrades: { value: [3, 4, 5], citation: 'Qinhuangdao art. 28' },
  admissibility: {
    citation: 'Qinhuangdao art. 18',
    grounds: {
      notInsured: 'Qinhuangdao art. 18(1)',
      inWaitingPeriod: 'Qinhuangdao art. 18(1)',
      disabilityTooShort: 'Qinhuangdao art. 18(2)',
      conditionUnstable: 'Qinhuangdao art. 18(2)',
      inHospital: 'Qinhuangdao art. 18(2)',
      materialsNotCompletedInTime: 'Qinhuangdao art. 18(3)',
      materialsForged: 'Qinhuangdao art. 18(3)',
      tooSoonSinceLastConclusion: 'Qinhuangdao art. 18(4)',
      workInjury: 'Qinhuangdao art. 18(5)',
    },
    minDisabilityMonths: 6,
    minMonthsSinceLastConclusion: 6,
  },
  deadlines: {
    recheckWorkingDays: { value: 5, citation: 'Qinhuangdao art. 17 ¶2' },
    conclusionWorkingDays: { value: 30, citation: 'Qinhuangdao art. 23' },
    publicityDays: { value: 7, citation: 'Qinhuangdao art. 23' },
    disputeWorkingDays: { value: 10, citation: 'Qinhuangdao art. 24' },
    stateChangeMinMonths: { value: 6, citation: 'Qinhuangdao art. 25' },
    severeValidityMonths: { value: 24, citation: 'Qinhuangdao art. 26' },
  },
  assessors: {
    minAssessors: { value: 2, citation: 'Qinhuangdao art. 19' },
    minExperts: { value: 1, citation: 'Qinhuangdao art. 19' },
    minConfirmingExperts: { value: 2, citation: 'Qinhuangdao art. 22' },
    minDisputeExperts: { value: 2, citation: 'Qinhuangdao art. 24' },
    citations: {
      draw: 'Product rule: assessors drawn at random, reproducibly (seed and candidate list stored)',
      removed: 'Product rule: a removed assessor is never drawn again (as Xinjiang art. 16 ¶2({item}))',
      untrained: 'Product rule: assessors work only after passing the official training (as Xinjiang art. 15)',
      related: 'Qinhuangdao art. 20',
      firstAssessment: 'Qinhuangdao art. 24',
    },
  },
  feePayer: {
    citations: {
      initial: 'Qinhuangdao art. 27(1)',
      dispute: 'Qinhuangdao art. 27(2)',
      objection: 'Qinhuangdao art. 24',
      stateChange: 'Qinhuangdao art. 27(3)',
      spotCheck: 'Qinhuangdao art. 27(4)',
      endOfTerm: 'Qinhuangdao art. 27(5)',
    },
    collectionCitations: {
      fund: 'Qinhuangdao art. 54',
      applicant: 'Product rule: collected by the assessment institution (as Xinjiang art. 22)',
    },
    spotCheckFeePayer: 'fund',
    objectionFeePayer: 'fund',
  },
};

/**
 * Tumxuk (Third Division) applies the Xinjiang designation rules to its assessment institutions.
 * Process deadlines and assessor counts that only Qinhuangdao states are `null` here: the
 * functions report PARAMETER_MISSING until the region sets them.
 */
export const tumxukAssessmentParams: AssessmentParams = {
  fee: { value: null, citation: 'Xinjiang art. 22' },
  grading,
  qualifyingGrades: { value: [3, 4, 5], citation: 'Tumxuk §5(一)' },
  admissibility: {
    citation: 'Tumxuk §5(一)',
    grounds: {
      notInsured: 'Tumxuk §5(一)',
      inWaitingPeriod: 'Tumxuk §5(五)',
      disabilityTooShort: 'Tumxuk §5(一)',
      tooSoonSinceLastConclusion: 'Xinjiang art. 22(2)',
    },
    minDisabilityMonths: 6,
    minMonthsSinceLastConclusion: 6,
  },
  deadlines: {
    recheckWorkingDays: { value: null, citation: 'Tumxuk: not stated (Qinhuangdao art. 17 has 5 working days)' },
    conclusionWorkingDays: { value: null, citation: 'Tumxuk: not stated (Qinhuangdao art. 23 has 30 working days)' },
    publicityDays: { value: null, citation: 'Tumxuk: not stated (Qinhuangdao art. 23 has 7 days)' },
    disputeWorkingDays: { value: 10, citation: 'Xinjiang art. 22(4)' },
    stateChangeMinMonths: { value: 6, citation: 'Xinjiang art. 22(2)' },
    severeValidityMonths: { value: 24, citation: 'Xinjiang art. 22(3)' },
  },
  assessors: {
    minAssessors: { value: null, citation: 'Tumxuk: not stated (Qinhuangdao art. 19 has 2)' },
    minExperts: { value: null, citation: 'Tumxuk: not stated (Qinhuangdao art. 19 has 1)' },
    minConfirmingExperts: { value: null, citation: 'Tumxuk: not stated (Qinhuangdao art. 22 has 2)' },
    minDisputeExperts: { value: null, citation: 'Tumxuk: not stated (Qinhuangdao art. 24 has 2)' },
    citations: {
      draw: 'Xinjiang art. 16',
      removed: 'Xinjiang art. 16 ¶2({item})',
      untrained: 'Xinjiang art. 15',
      related: 'Product rule: recusal for a family or interest relation (as Qinhuangdao art. 20)',
      firstAssessment: 'Xinjiang art. 22(4)',
    },
  },
  feePayer: {
    citations: {
      initial: 'Xinjiang art. 22(1); Tumxuk §6(一)',
      dispute: 'Xinjiang art. 22(4)',
      objection: 'Product rule: third-party objection (the Xinjiang rules do not provide for it; as Qinhuangdao art. 24)',
      stateChange: 'Xinjiang art. 22(2)',
      spotCheck: 'Xinjiang art. 22(5)',
      endOfTerm: 'Xinjiang art. 22(3); Tumxuk §6(一)',
    },
    collectionCitations: {
      fund: "Product rule: settled monthly from the institution's list (as Qinhuangdao art. 54)",
      applicant: 'Xinjiang art. 22',
    },
    spotCheckFeePayer: 'fund',
    objectionFeePayer: 'fund',
  },
};
