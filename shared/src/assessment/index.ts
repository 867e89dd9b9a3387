export {
  type AdmissibilityInput,
  type AdmissibilityRefusal,
  type AdmissibilityResult,
  checkAssessmentAdmissibility,
} from './admissibility.js';
export {
  APPLICATION_ACTIONS,
  APPLICATION_STATES,
  type ApplicationAction,
  type ApplicationFacts,
  type ApplicationState,
  ASSESSMENT_APPLICATION_WORKFLOW,
} from './application-workflow.js';
export {
  type AssessmentDeadline,
  type AssessmentDeadlineKey,
  type AssessmentDeadlineStatus,
  type AssessmentDeadlinesResult,
  type AssessmentDeadlineType,
  type AssessmentMilestones,
  assessmentDeadlines,
} from './deadlines.js';
export { type DisabilityGradeResult, type DisabilityItemScores, disabilityGrade } from './disability-grade.js';
export {
  type AssessorCandidate,
  type AssessorDrawCandidate,
  type AssessorDrawInput,
  type AssessorDrawResult,
  type AssessorExclusionReason,
  drawAssessors,
} from './draw-assessors.js';
export { assessmentFeePayer, type FeePayer, type FeePayerInput, type FeePayerResult } from './fee-payer.js';
export {
  type AdlItem,
  type AdmissibilityGround,
  type AssessmentKind,
  type AssessmentParams,
  type AssessorRemovalGround,
  type CitedParam,
  type CognitionItem,
  type Dimension,
  type DimensionLevel,
  type DisabilityGrade,
  type PerceptionItem,
  qinhuangdaoAssessmentParams,
  type ScoreBand,
  tumxukAssessmentParams,
} from './params.js';
export { mulberry32, seededShuffle } from './prng.js';
