import { type ApplicationFacts, type AssessmentParams, checkAssessmentAdmissibility, isIsoDate } from '@ltci/shared';
import type { Claimant } from '../claimants/claimant.entity.js';
import type { AssessmentApplication } from './application.entity.js';

/**
 * What the workflow's guards read: the refusal grounds of Qinhuangdao art. 18 from the application
 * and the claimant's stored status (insured, waiting, in hospital). The steps after dispatch read
 * facts not recorded yet (institution, draw, on-site record, conclusion, publicity, letter): they
 * stay blocked until those records exist.
 */
export function applicationFacts(a: AssessmentApplication, c: Claimant, params: AssessmentParams, asOf: string): ApplicationFacts {
  const admissibility = checkAssessmentAdmissibility(
    {
      checkedOn: asOf,
      insured: !['notInsured', 'ended'].includes(c.eligibilityStatus),
      inWaitingPeriod: c.eligibilityStatus === 'waiting',
      disabilitySince: a.disabilitySince,
      conditionStable: a.conditionStable,
      inHospital: c.eligibilitySuspended.includes('hospital'),
      missingMaterials: a.missingMaterials,
      ...(a.supplementDueDate && isIsoDate(a.supplementDueDate) ? { supplementDueDate: a.supplementDueDate } : {}),
      materialsForged: a.materialsForged,
      disabilityFromWorkInjury: a.workInjury,
    },
    params,
  );
  const refusalGrounds = admissibility.ok ? admissibility.value.refusals.map((r) => r.ground) : admissibility.issues.map((i) => i.code);
  return {
    asOf,
    refusalGrounds,
    // materials overdue are a refusal ground already; still missing ones block acceptance
    missingMaterials: a.missingMaterials,
    institutionAgreementActive: false,
    drawnAssessors: 0,
    drawnExperts: 0,
    onsiteRecorded: false,
    guardianPresent: false,
    confirmingExperts: 0,
    recordedGrade: null,
    computedGrade: null,
    publicityEndsOn: null,
    objectionPending: false,
    disputeWindowEndsOn: null,
  };
}
