import { can, type RightId } from '@ltci/shared';
import { BadUserInputError, ForbiddenError } from '../../common/errors.js';
import type { Scope } from '../../common/scope.js';
import { ServiceAgreement } from '../agreements/agreement.entity.js';
import { AssessmentApplication } from '../assessments/application.entity.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { DeclaredRecordRow } from '../declarations/declared-record.entity.js';
import { FundGrant } from '../fund/fund-grant.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { ScorecardEventRow } from '../scorecards/scorecard.entity.js';
import { InspectionFinding } from '../supervision/inspection.entity.js';
import { TpaAssessment } from '../tpa/tpa-assessment.entity.js';
import { tpaOne } from '../tpa/tpa-scope.js';

/**
 * The records a file can be attached to: each a region-scoped entity with a `regionId`, so the
 * attachment takes its region from its owner. A later record type adds one line here.
 */
const OWNERS = {
  Institution,
  ServiceAgreement,
  TpaAssessment,
  ScorecardEvent: ScorecardEventRow,
  Complaint,
  InspectionFinding,
  DeclaredRecord: DeclaredRecordRow,
  FundGrant,
  AssessmentApplication,
} as const satisfies Record<string, abstract new (...args: never[]) => { id: string; regionId: string }>;

export type AttachmentOwnerType = keyof typeof OWNERS;

/** Owners whose files are filed by others than the record editors: the right that lets one upload (default `attachment.create`). */
const UPLOAD_RIGHTS: Partial<Record<AttachmentOwnerType, RightId>> = {
  // a subsidy's or donation's approving document, filed by the fund manager who enters it (Qinhuangdao art. 51)
  FundGrant: 'fundGrant.create',
};
export const ATTACHMENT_OWNER_TYPES = Object.keys(OWNERS) as AttachmentOwnerType[];

export function isOwnerType(value: unknown): value is AttachmentOwnerType {
  return typeof value === 'string' && Object.hasOwn(OWNERS, value);
}

/**
 * The owner's region, read through the caller's scope: another region's record is NOT_FOUND (its
 * existence not revealed), and a region the caller may read but not write to is FORBIDDEN.
 */
export async function ownerRegion(scope: Scope, ownerType: unknown, ownerId: unknown): Promise<string> {
  if (!isOwnerType(ownerType))
    throw new BadUserInputError({ ownerType: `不能为该类记录上传附件：${String(ownerType ?? '')}` }, undefined, {
      reason: 'UNKNOWN_OWNER_TYPE',
    });
  if (typeof ownerId !== 'string' || !ownerId)
    throw new BadUserInputError({ ownerId: '请指明附件所属的记录' }, undefined, { reason: 'OWNER_REQUIRED' });
  // TPA staff file only their own assessment's evidence (Tianjin art. 13 机构自查); their TPA's rows only
  if (ownerType === 'TpaAssessment') {
    const owner = await tpaOne(scope, TpaAssessment, '年度考核', ownerId);
    scope.assertRegion(owner.regionId);
    return owner.regionId;
  }
  if (!can(scope.caller.roles, UPLOAD_RIGHTS[ownerType] ?? 'attachment.create')) throw new ForbiddenError('无权为该类记录上传附件');
  const owner = await scope.one(OWNERS[ownerType] as typeof Institution, ownerId);
  scope.assertRegion(owner.regionId);
  return owner.regionId;
}
