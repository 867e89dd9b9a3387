import { type InstitutionRole, type RelatedPersonRole, type SeparationInstitution, separationConflicts } from '@ltci/shared';
import { ConflictError } from '../../common/errors.js';
import type { Scope } from '../../common/scope.js';
import { todayInChina } from '../../common/today.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import type { Institution } from './institution.entity.js';

type PersonRow = {
  institution_id: string;
  name: string;
  kind: InstitutionRole;
  role: RelatedPersonRole;
  person: string;
  id_number: string;
};

/**
 * The separation rules of the institution's region, checked inside the write that changed its kind
 * or its related persons (Qinhuangdao art. 40; Tumxuk §6(一); Xinjiang art. 12(6)): a conflict is
 * CONFLICT with reason ROLE_SEPARATION, naming the other institution and the article, and the
 * whole write rolls back. The other institutions are read region-wide, whatever the caller's
 * counties: the rule is the region's; only their name and kind are told.
 */
export async function assertSeparation(scope: Scope, policy: PolicyDataService, institution: Institution): Promise<void> {
  const pack = await policy.packIn(scope, institution.regionId, todayInChina());
  if (!pack.ok) return;
  const mine: PersonRow[] = await scope.em.query(
    `SELECT p.institution_id, i.name, i.kind, p.role, p.name AS person, p.id_number
       FROM institution_related_persons p JOIN institutions i ON i.id = p.institution_id WHERE p.institution_id = $1`,
    [institution.id],
  );
  if (!mine.length) return;
  const theirs: PersonRow[] = await scope.em.query(
    `SELECT p.institution_id, i.name, i.kind, p.role, p.name AS person, p.id_number
       FROM institution_related_persons p JOIN institutions i ON i.id = p.institution_id
      WHERE p.region_id = $1 AND p.id_number = ANY($2) AND p.institution_id <> $3
      ORDER BY i.name, p.institution_id, p.id`,
    [institution.regionId, [...new Set(mine.map((p) => p.id_number))], institution.id],
  );
  const others = new Map<string, SeparationInstitution>();
  for (const r of theirs) {
    const o = others.get(r.institution_id) ?? { id: r.institution_id, name: r.name, kind: r.kind, persons: [] };
    o.persons.push({ role: r.role, name: r.person, idNumber: r.id_number });
    others.set(r.institution_id, o);
  }
  const subject: SeparationInstitution = {
    id: institution.id,
    name: institution.name,
    kind: institution.kind as InstitutionRole,
    persons: mine.map((p) => ({ role: p.role, name: p.person, idNumber: p.id_number })),
  };
  const r = separationConflicts(subject, [...others.values()], pack.value.institutions);
  if (!r.ok || r.value.allowed) return;
  // every conflicting institution is named, not only the first one found
  throw new ConflictError(r.value.conflicts.map((c) => c.message).join('；'), undefined, {
    reason: 'ROLE_SEPARATION',
    issues: r.value.conflicts.map((c) => ({
      code: 'ROLE_SEPARATION',
      path: 'relatedPersons',
      citation: c.citation,
      otherInstitutionId: c.otherInstitutionId,
      otherInstitutionName: c.otherInstitutionName,
      otherKind: c.otherKind,
      person: c.person,
      message: c.message,
      params: { message: c.message, citation: c.citation, otherInstitutionName: c.otherInstitutionName },
    })),
  });
}
