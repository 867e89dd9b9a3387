import {
  checkDesignationEligibility,
  type DesignationEligibilityResult,
  type DesignationApplication as DesignationInput,
  type DesignationMaterial,
  type DesignationParams,
  designationBarsFromAgreements,
  designationStaffOf,
  historyFactsFromFindings,
  type InstitutionRole,
  isIsoDate,
  type ManagementSystem,
  type ReviewRecords,
  type SeparationInstitution,
  separationConflicts,
  type Trace,
} from '@ltci/shared';
import type { Scope } from '../../common/scope.js';
import { ServiceAgreement } from '../agreements/agreement.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { Staff, StaffCertificate } from '../institutions/staff.entity.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import type { DesignationApplication } from './designation.entity.js';
import { InstitutionFinding } from './finding.entity.js';

export interface DesignationContext {
  /** The region's designation rules, or null where its documents do not state them (Qinhuangdao art. 37). */
  params: DesignationParams | null;
  eligibility: DesignationEligibilityResult | null;
  /** Why there is no eligibility result, when there is none. */
  note: string | null;
  records: ReviewRecords;
  trace: Trace;
}

type PersonRow = { institution_id: string; name: string; kind: InstitutionRole; role: string; person: string; id_number: string };

/** Xinjiang art. 12(6) through the related persons: the region's care institutions sharing a person with this one. */
async function separationOf(scope: Scope, institution: Institution, params: DesignationParams) {
  const rows: PersonRow[] = await scope.em.query(
    `SELECT p.institution_id, i.name, i.kind, p.role, p.name AS person, p.id_number
       FROM institution_related_persons p JOIN institutions i ON i.id = p.institution_id
      WHERE p.institution_id = $1
         OR (p.region_id = $2 AND p.id_number IN (SELECT id_number FROM institution_related_persons WHERE institution_id = $1))
      ORDER BY i.name, p.institution_id, p.id`,
    [institution.id, institution.regionId],
  );
  const by = new Map<string, SeparationInstitution>();
  for (const r of rows) {
    const o = by.get(r.institution_id) ?? { id: r.institution_id, name: r.name, kind: r.kind, persons: [] };
    o.persons.push({ role: r.role as never, name: r.person, idNumber: r.id_number });
    by.set(r.institution_id, o);
  }
  const subject = by.get(institution.id) ?? { id: institution.id, name: institution.name, kind: 'assessment' as const, persons: [] };
  by.delete(institution.id);
  return separationConflicts({ ...subject, kind: 'assessment' }, [...by.values()], {
    roleSeparation: { rule: 'assessmentExclusive', citation: 'Xinjiang art. 12(6)', isInterpretation: false },
    designation: params,
  });
}

/**
 * Everything the designation check and the annex 2 pre-fill read about an application, from the
 * institution's own records as they stand on `asOf`: its staff and certificates, premises, systems,
 * agreements terminated and why (art. 12(2)–(3)), findings (art. 12(1), (4), (5)) and related persons (art. 12(6)).
 */
export async function designationContext(
  scope: Scope,
  policy: PolicyDataService,
  app: Pick<DesignationApplication, 'institutionId' | 'regionId' | 'applicationDate' | 'materials' | 'annex1'>,
  asOf: string,
): Promise<DesignationContext> {
  const institution = await scope.em.findOneByOrFail(Institution, { id: app.institutionId });
  const staff = await scope.em.find(Staff, { where: { institutionId: institution.id }, order: { id: 'ASC' } });
  const certificates = staff.length
    ? await scope.em
        .createQueryBuilder(StaffCertificate, 'c')
        .where('c.staff_id IN (:...ids)', { ids: staff.map((s) => s.id) })
        .getMany()
    : [];
  const certsOf = (id: string) => certificates.filter((c) => c.staffId === id);
  const validOn = (id: string, day: string) => certsOf(id).some((c) => !c.expiresOn || c.expiresOn >= day);
  const active = staff.filter((s) => !s.removedFor);
  const records: ReviewRecords = {
    applicationDate: app.applicationDate,
    floorArea: institution.floorArea,
    tenure: institution.tenure,
    leaseEndsOn: institution.leaseEndsOn,
    zones: institution.zones,
    homeVisitKit: institution.homeVisitKit,
    staff: active.map((s) => ({ role: s.role, title: s.title, fullTime: s.fullTime, certified: validOn(s.id, app.applicationDate) })),
    systemsPosted: institution.systemsPosted,
    infoSystemName: institution.infoSystemName,
    securityPolicy: institution.securityPolicy,
    securityOfficer: institution.securityOfficer,
    electronicArchives: institution.electronicArchives,
    eligibility: null,
  };
  const pack = await policy.packIn(scope, institution.regionId, asOf);
  const params = pack.ok ? pack.value.institutions.designation : null;
  if (!pack.ok || !params)
    return {
      params: null,
      eligibility: null,
      note: '本统筹地区文件未规定定点评估机构的条件（秦皇岛细则第三十七条另行规定），基础指标由审核人逐项判定',
      records,
      trace: [],
    };

  const agreements = await scope.em.find(ServiceAgreement, { where: { institutionId: institution.id } });
  const bars = designationBarsFromAgreements(
    agreements.map((a) => ({
      id: a.id,
      state: a.state,
      startDate: a.startDate,
      endDate: a.endDate,
      terminationKind: a.terminationKind ?? undefined,
      terminationDate: a.terminationDate ?? undefined,
    })),
  );
  const findings = await scope.em.find(InstitutionFinding, { where: { institutionId: institution.id } });
  const history = historyFactsFromFindings(findings, asOf);
  const separation = await separationOf(scope, institution, params);
  const ownerSetUpCareInstitution = separation.ok && separation.value.conflicts.some((c) => c.citation === 'Xinjiang art. 12(6)');
  const input: DesignationInput = {
    applicationDate: app.applicationDate,
    // a recorded institution carries a unified social credit code: a registered legal person (annex 2, basic 1.2)
    independentLegalPerson: !!institution.creditCode,
    // the annex 1 "机构成立时间" when given, else the day the institution was recorded here
    registeredInRegionOn: isIsoDate(app.annex1?.foundedOn) ? app.annex1.foundedOn : institution.createdAt.toISOString().slice(0, 10),
    staff: designationStaffOf(
      active.map((s) => ({ ...s, certificates: certsOf(s.id) })),
      app.applicationDate,
    ),
    // Product rule: premises with a recorded tenure are the fixed office of art. 6(3); a named information system is its equipment
    premises: {
      fixedOffice: !!institution.tenure,
      tenure: institution.tenure ?? 'owned',
      ...(institution.tenure === 'leased' ? { leaseEndsOn: institution.leaseEndsOn ?? '1970-01-01' } : {}),
    },
    equipmentReady: !!institution.infoSystemName,
    platformReady: institution.platformConnected,
    managementSystems: institution.managementSystems as ManagementSystem[],
    materialsProvided: app.materials as DesignationMaterial[],
    ...(bars.ok ? bars.value : {}),
    ...history.value,
    ...(bars.ok && bars.value.terminatedForViolationOn ? {} : { violationPenaltyFulfilled: undefined }),
    ...(bars.ok && bars.value.terminatedForSevereBreachOn ? {} : { breachLiabilityFulfilled: undefined }),
    ownerSetUpCareInstitution,
  };
  const checked = checkDesignationEligibility(input, pack.value.institutions);
  if (!checked.ok) return { params, eligibility: null, note: checked.issues.map((i) => i.message).join('；'), records, trace: [] };
  return {
    params,
    eligibility: checked.value,
    note: null,
    records: { ...records, eligibility: checked.value },
    trace: [...(bars.ok ? bars.trace : []), ...history.trace, ...(separation.ok ? separation.trace : []), ...checked.trace],
  };
}
