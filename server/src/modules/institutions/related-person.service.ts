import { maskIdNumber, type RelatedPersonRole, relatedPersonIssues } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { recordAudit } from '../audit/audit.service.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import { Institution } from './institution.entity.js';
import { refuseIssues } from './refuse-issues.js';
import { RelatedPerson } from './related-person.entity.js';
import { assertSeparation } from './separation.js';
import {
  type CreateRelatedPersonArgs,
  RELATED_PERSON_SORT,
  type RelatedPersonFilter,
  type RelatedPersonListArgs,
  type RevealArgs,
  type UpdateRelatedPersonArgs,
} from './staff.args.js';

const ENTITY = 'RelatedPerson';

/** An institution's related persons; every write re-checks the region's separation rules in its own transaction. */
export class RelatedPersonService {
  constructor(
    private readonly db: Db,
    private readonly policy: PolicyDataService,
  ) {
    this.reads = new ScopedReads(db, RelatedPerson, filtered, RELATED_PERSON_SORT);
  }

  private readonly reads: ScopedReads<RelatedPerson, RelatedPersonFilter, SortFieldOf<typeof RELATED_PERSON_SORT>>;

  list(caller: Caller, args: RelatedPersonListArgs): Promise<RelatedPerson[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: RelatedPersonFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<RelatedPerson> {
    return this.reads.get(caller, id);
  }

  create(caller: Caller, args: CreateRelatedPersonArgs): Promise<RelatedPerson> {
    const draft = normalise(args);
    refuseIssues(relatedPersonIssues(draft));
    return this.db.write(caller, 'createRelatedPerson', async (scope) => {
      const institution = await scope.one(Institution, args.institutionId, { lock: true });
      scope.assertPlace(institution.regionId, institution.countyId);
      const saved = await scope.em.save(
        scope.em.create(RelatedPerson, {
          ...draft,
          institutionId: institution.id,
          regionId: institution.regionId,
          countyId: institution.countyId,
        }),
      );
      await this.afterWrite(scope, institution, saved);
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: ENTITY,
        entityId: saved.id,
        regionId: saved.regionId,
        after: masked(saved),
      });
      return saved;
    });
  }

  update(caller: Caller, args: UpdateRelatedPersonArgs): Promise<RelatedPerson> {
    return this.db.write(caller, 'updateRelatedPerson', async (scope) => {
      const before = await scope.one(RelatedPerson, args.id, { lock: true });
      const institution = await scope.one(Institution, before.institutionId, { lock: true });
      scope.assertPlace(institution.regionId, institution.countyId);
      const draft = normalise({
        role: args.role ?? before.role,
        name: args.name ?? before.name,
        idNumber: args.idNumber ?? before.idNumber,
      });
      refuseIssues(relatedPersonIssues(draft));
      await scope.em.update(RelatedPerson, { id: before.id }, draft);
      const after = { ...before, ...draft };
      await this.afterWrite(scope, institution, after);
      await recordAudit(scope.em, caller, {
        operation: 'update',
        entityType: ENTITY,
        entityId: before.id,
        regionId: before.regionId,
        before: masked(before),
        after: masked(after),
      });
      return after;
    });
  }

  delete(caller: Caller, id: string): Promise<RelatedPerson> {
    return this.db.write(caller, 'deleteRelatedPerson', async (scope) => {
      const before = await scope.one(RelatedPerson, id, { lock: true });
      scope.assertPlace(before.regionId, before.countyId);
      await scope.em.delete(RelatedPerson, { id });
      await recordAudit(scope.em, caller, {
        operation: 'delete',
        entityType: ENTITY,
        entityId: id,
        regionId: before.regionId,
        before: masked(before),
      });
      return before;
    });
  }

  /** PIPL art. 51; Product rule: the full ID number, deliberately asked for with a reason, audited (the number itself is not copied into the audit). */
  reveal(caller: Caller, args: RevealArgs): Promise<string> {
    const reason = args.reason?.trim() ?? '';
    if ([...reason].length < 2 || [...reason].length > 200)
      throw new BadUserInputError({ reason: '请填写查看理由（2到200字）' }, undefined, {
        issues: [{ code: 'OUT_OF_RANGE', path: 'reason' }],
      });
    return this.db.write(caller, 'revealRelatedPersonIdNumber', async (scope) => {
      const person = await scope.one(RelatedPerson, args.id);
      await recordAudit(scope.em, caller, {
        operation: 'reveal',
        entityType: ENTITY,
        entityId: person.id,
        regionId: person.regionId,
        after: {
          field: 'idNumber',
          reason,
          institutionId: person.institutionId,
          name: person.name,
          idNumberMasked: maskIdNumber(person.idNumber),
        },
      });
      return person.idNumber;
    });
  }

  /** The legal representative's name is the institution's (one record of it); then the separation rules. */
  private async afterWrite(scope: Scope, institution: Institution, person: RelatedPerson): Promise<void> {
    if (person.role === 'legalRepresentative' && person.name !== institution.legalRepresentative) {
      await scope.em.update(Institution, { id: institution.id }, { legalRepresentative: person.name });
      await recordAudit(scope.em, scope.caller, {
        operation: 'update',
        entityType: 'Institution',
        entityId: institution.id,
        regionId: institution.regionId,
        before: { legalRepresentative: institution.legalRepresentative },
        after: { legalRepresentative: person.name },
      });
    }
    await assertSeparation(scope, this.policy, institution);
  }
}

function normalise(d: { role?: string; name?: string; idNumber?: string }) {
  return { role: d.role as RelatedPersonRole, name: d.name?.trim() ?? '', idNumber: d.idNumber?.trim().toUpperCase() ?? '' };
}

/** What the audit keeps of a related person: the ID number masked. */
export function masked(p: RelatedPerson) {
  const { idNumber, ...rest } = p;
  return { ...rest, idNumberMasked: maskIdNumber(idNumber) };
}

function filtered(scope: Scope, given?: RelatedPersonFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(RelatedPerson, 'p', filter.regionId);
  if (filter.ids) qb.andWhere('p.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.institutionId)
    qb.andWhere('p.institution_id = :institutionId', { institutionId: isUuid(filter.institutionId) ? filter.institutionId : null });
  if (filter.role) qb.andWhere('p.role = :role', { role: filter.role });
  return qb;
}
