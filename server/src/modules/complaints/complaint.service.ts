import {
  COMPLAINT_EVENT_TYPES,
  COMPLAINT_WORKFLOW,
  type ComplaintAction,
  type ComplaintFacts,
  type ComplaintState,
  isIsoDate,
  recordableTypes,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { todayInChina } from '../../common/today.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { refuseStaleVersion } from '../../common/workflow/stale-version.js';
import { recordAudit } from '../audit/audit.service.js';
import { Claimant } from '../claimants/claimant.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { AnnualScorecard } from '../scorecards/scorecard.entity.js';
import { adoptedAnnualTemplate, ensureScorecard, insertEvent } from '../scorecards/scorecard.scoring.js';
import {
  COMPLAINT_SORT,
  type ComplaintFilter,
  type ComplaintListArgs,
  type CreateComplaintArgs,
  type TransitionComplaintArgs,
  type UpdateComplaintArgs,
} from './complaint.args.js';
import { Complaint } from './complaint.entity.js';

const ENTITY = 'Complaint';

/** Complaints against institutions: recorded, investigated, concluded with reasons; a verified one feeds the scorecard. */
export class ComplaintService {
  private readonly reads: ScopedReads<Complaint, ComplaintFilter, SortFieldOf<typeof COMPLAINT_SORT>>;

  constructor(private readonly db: Db) {
    this.reads = new ScopedReads(db, Complaint, filtered, COMPLAINT_SORT);
  }

  list(caller: Caller, args: ComplaintListArgs): Promise<Complaint[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: ComplaintFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<Complaint> {
    return this.reads.get(caller, id);
  }

  create(caller: Caller, args: CreateComplaintArgs): Promise<Complaint> {
    return this.db.write(caller, 'createComplaint', async (scope) => {
      const institution = await scope.one(Institution, args.institutionId);
      scope.assertPlace(institution.regionId, institution.countyId);
      const fields: Record<string, string> = {};
      const complainant = args.complainant.trim();
      const content = args.content.trim();
      if (!isIsoDate(args.receivedOn)) fields.receivedOn = '受理日期格式应为 YYYY-MM-DD';
      else if (args.receivedOn > todayInChina() || args.receivedOn < '2000-01-01') fields.receivedOn = '受理日期应在 2000-01-01 至今天之间';
      if (!complainant || [...complainant].length > 100) fields.complainant = '请填写投诉人（最多100字，可填“匿名”）';
      if (!content || [...content].length > 4000) fields.content = '请填写投诉内容（最多4000字）';
      if (Object.keys(fields).length) throw new BadUserInputError(fields);
      // Qinhuangdao art. 64: a complaint that concerns a claimant goes into their file (a claimant of the caller's reach, same region)
      const claimant = args.claimantId ? await scope.one(Claimant, args.claimantId) : null;
      if (claimant && claimant.regionId !== institution.regionId)
        throw new BadUserInputError({ claimantId: '参保人须与被投诉机构在同一统筹地区' });
      const saved = await scope.em.save(
        scope.em.create(Complaint, {
          claimantId: claimant?.id ?? null,
          institutionId: institution.id,
          regionId: institution.regionId,
          countyId: institution.countyId,
          channel: args.channel as Complaint['channel'],
          kind: args.kind as Complaint['kind'],
          receivedOn: args.receivedOn,
          complainant,
          content,
          preparedBy: caller.id,
        }),
      );
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: ENTITY,
        entityId: saved.id,
        regionId: saved.regionId,
        after: saved,
      });
      return saved;
    });
  }

  update(caller: Caller, args: UpdateComplaintArgs): Promise<Complaint> {
    return this.db.write(caller, 'updateComplaint', async (scope) => {
      const before = await scope.one(Complaint, args.id, { lock: true });
      refuseStaleVersion(before, args.expectedVersion);
      if (before.state === 'verified' || before.state === 'unfounded')
        throw new ConflictError('投诉已办结，调查情况不能再修改', undefined, { reason: 'COMPLAINT_CLOSED' });
      const investigation = args.investigation?.trim() || null;
      if (investigation && [...investigation].length > 4000) throw new BadUserInputError({ investigation: '调查情况最多4000字' });
      const after = { ...before, investigation, version: before.version + 1 };
      await scope.em.update(Complaint, { id: before.id }, { investigation, version: after.version });
      await recordAudit(scope.em, caller, {
        operation: 'update',
        entityType: ENTITY,
        entityId: before.id,
        regionId: before.regionId,
        before,
        after,
      });
      return after;
    });
  }

  transition(caller: Caller, args: TransitionComplaintArgs): Promise<Complaint> {
    return this.db.write(caller, 'transitionComplaint', async (scope) => {
      const after = await runTransition(scope, COMPLAINT_TRANSITIONS, args);
      return scope.one(Complaint, after.id);
    });
  }
}

/** The event type a verified complaint becomes under the template of its year, or null (none adopted, or a kind it has no item for). */
function eventTypeFor(row: Complaint): string | null {
  const type = COMPLAINT_EVENT_TYPES[row.kind];
  if (!type) return null;
  try {
    const template = adoptedAnnualTemplate(row.regionId, Number(row.receivedOn.slice(0, 4)));
    return recordableTypes(template).some((t) => t.id === type) ? type : null;
  } catch {
    return null;
  }
}

async function complaintFacts(row: Complaint, scope: Scope): Promise<ComplaintFacts> {
  const scorecard = await scope
    .rows(AnnualScorecard, 's')
    .andWhere('s.institution_id = :i AND s.year = :y', { i: row.institutionId, y: Number(row.receivedOn.slice(0, 4)) })
    .getOne();
  return { scorecardLocked: !!scorecard && scorecard.state !== 'open' && eventTypeFor(row) !== null };
}

export const COMPLAINT_TRANSITIONS: TransitionSpec<Complaint, ComplaintState, ComplaintAction, ComplaintFacts> = {
  workflow: COMPLAINT_WORKFLOW,
  entity: Complaint,
  entityType: ENTITY,
  facts: complaintFacts,
  apply: (_row, decision) => (decision.action === 'verify' || decision.action === 'dismiss' ? { result: decision.reason } : {}),
  // Changzhou item 6: a verified complaint is the matching scorecard event, written in the same transaction.
  after: async (row, scope) => {
    if (row.state !== 'verified') return;
    const type = eventTypeFor(row);
    if (!type) return;
    const institution = await scope.one(Institution, row.institutionId);
    const scorecard = await ensureScorecard(scope, institution, Number(row.receivedOn.slice(0, 4)));
    const { event } = await insertEvent(scope, scorecard, {
      type,
      occurredOn: row.receivedOn,
      reportedOn: null,
      count: 1,
      districtId: null,
      flags: { verified: true },
      note: `投诉查实：${row.result ?? ''}`.slice(0, 500),
      complaintId: row.id,
    });
    await scope.em.update(Complaint, { id: row.id }, { scorecardEventId: event.id });
  },
};

function filtered(scope: Scope, given?: ComplaintFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(Complaint, 'c', filter.regionId);
  if (filter.ids) qb.andWhere('c.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.institutionId)
    qb.andWhere('c.institution_id = :institutionId', { institutionId: isUuid(filter.institutionId) ? filter.institutionId : null });
  if (filter.state) qb.andWhere('c.state = :state', { state: filter.state });
  return qb;
}
