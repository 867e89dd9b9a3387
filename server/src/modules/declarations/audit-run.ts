import { createHash } from 'node:crypto';
import {
  type AuditFacts,
  type CarerAuditFacts,
  type ClaimantAuditFacts,
  type DeclaredRecord,
  firstDayOf,
  type InstitutionAuditFacts,
  isEmployeeLike,
  lastDayOf,
  runSmartAudit,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import { ConflictError } from '../../common/errors.js';
import type { Scope } from '../../common/scope.js';
import { recordAudit } from '../audit/audit.service.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import type { ServiceDeclaration } from './declaration.entity.js';

interface RecordRow {
  id: string;
  key: string;
  kind: 'homeVisit' | 'careDays';
  claimant_id: string;
  carer_ids: string[];
  start_at: string | null;
  end_at: string | null;
  from_date: string | null;
  to_date: string | null;
  lat: string | null;
  lng: string | null;
  items: string[];
  lines: { category: string; amount: string }[];
}

/** The declaration's records as shared reads them, in one statement (lines aggregated in SQL). */
export async function declaredRecordsOf(
  scope: Scope,
  declarationId: string,
): Promise<{ ids: Map<string, string>; records: DeclaredRecord[] }> {
  const rows: RecordRow[] = await scope.em.query(
    `SELECT r.id, r.key, r.kind, r.claimant_id, r.carer_ids::text[] AS carer_ids,
            to_char(r.start_at, 'YYYY-MM-DD"T"HH24:MI') AS start_at, to_char(r.end_at, 'YYYY-MM-DD"T"HH24:MI') AS end_at,
            to_char(r.from_date, 'YYYY-MM-DD') AS from_date, to_char(r.to_date, 'YYYY-MM-DD') AS to_date,
            r.check_in_lat::text AS lat, r.check_in_lng::text AS lng, r.items,
            coalesce((SELECT json_agg(json_build_object('category', l.category, 'amount', l.amount::text) ORDER BY l.line_no)
                        FROM declared_record_lines l WHERE l.record_id = r.id), '[]') AS lines
       FROM declared_records r WHERE r.declaration_id = $1 ORDER BY r.key`,
    [declarationId],
  );
  const ids = new Map(rows.map((r) => [r.key, r.id]));
  const records = rows.map((r): DeclaredRecord => {
    const base = {
      key: r.key,
      claimantId: r.claimant_id,
      institutionId: '',
      items: r.items,
      lines: r.lines as DeclaredRecord['lines'],
    };
    if (r.kind === 'careDays') return { ...base, kind: 'careDays', from: r.from_date ?? '', to: r.to_date ?? '', carerIds: r.carer_ids };
    return {
      ...base,
      kind: 'homeVisit',
      carerId: r.carer_ids[0],
      start: r.start_at ?? '',
      end: r.end_at ?? '',
      ...(r.lat !== null && r.lng !== null ? { checkIn: { lat: Number(r.lat), lng: Number(r.lng) } } : {}),
    };
  });
  return { ids, records };
}

/**
 * What the audit checks the records against, read set-based for the whole declaration (six
 * statements whatever its size): the claimants (category, death, benefit start, suspension, home),
 * their hospital stays and accepted care plans, the institution's agreements in force, the carers
 * and their certificates.
 */
export async function auditFacts(scope: Scope, declaration: ServiceDeclaration, records: DeclaredRecord[]): Promise<AuditFacts> {
  const claimantIds = [...new Set(records.map((r) => r.claimantId))];
  const carerIds = [...new Set(records.flatMap((r) => (r.kind === 'homeVisit' ? [r.carerId] : r.carerIds)))];
  const from = firstDayOf(declaration.month);
  const to = lastDayOf(declaration.month);
  // one after another: the unit of work's transaction has one connection
  const claimants = await scope.em.query(
    `SELECT id, category, to_char(death_date, 'YYYY-MM-DD') AS death, to_char(eligibility_waiting_end, 'YYYY-MM-DD') AS waiting_end,
              eligibility_suspended AS suspended, to_char(eligibility_since, 'YYYY-MM-DD') AS since,
              to_char(eligibility_valid_until, 'YYYY-MM-DD') AS until, home_lat::text AS lat, home_lng::text AS lng
         FROM claimants WHERE id = ANY($1::uuid[])`,
    [claimantIds],
  );
  const stays = await scope.em.query(
    `SELECT claimant_id, to_char(admitted_on, 'YYYY-MM-DD') AS "from", to_char(discharged_on, 'YYYY-MM-DD') AS "to"
         FROM claimant_hospital_stays WHERE claimant_id = ANY($1::uuid[]) AND admitted_on <= $2 AND (discharged_on IS NULL OR discharged_on >= $3)`,
    [claimantIds, to, from],
  );
  const plans = await scope.em.query(
    `SELECT DISTINCT ON (claimant_id) claimant_id, institution_id, care_mode, items, to_char(coalesce(benefits_from, start_date), 'YYYY-MM-DD') AS start
         FROM care_plans WHERE claimant_id = ANY($1::uuid[]) AND state IN ('accepted','ended')
          AND start_date <= $2 AND (end_date IS NULL OR end_date >= $3)
        ORDER BY claimant_id, (state = 'accepted') DESC, start_date DESC`,
    [claimantIds, to, from],
  );
  const agreements = await scope.em.query(
    `SELECT to_char(start_date, 'YYYY-MM-DD') AS "from",
              to_char(CASE WHEN termination_date IS NOT NULL AND termination_date < end_date THEN termination_date ELSE end_date END, 'YYYY-MM-DD') AS "to"
         FROM service_agreements WHERE institution_id = $1 AND state IN ('active','suspended','termination_pending','terminated','expired')
          AND start_date <= $2 AND end_date >= $3`,
    [declaration.institutionId, to, from],
  );
  const carers = await scope.em.query(
    `SELECT s.id, s.institution_id, s.role,
              to_char(max(coalesce(c.expires_on, DATE '9999-12-31')), 'YYYY-MM-DD') AS qualified_until
         FROM staff s LEFT JOIN staff_certificates c ON c.staff_id = s.id
        WHERE s.id = ANY($1::uuid[]) GROUP BY s.id`,
    [carerIds],
  );
  const staysOf = new Map<string, { from: string; to: string | null }[]>();
  for (const s of stays) staysOf.set(s.claimant_id, [...(staysOf.get(s.claimant_id) ?? []), { from: s.from, to: s.to }]);
  const planOf = new Map<string, { institution_id: string; care_mode: string; items: string[]; start: string }>(
    plans.map((p: { claimant_id: string }) => [p.claimant_id, p]),
  );
  const claimantFacts = new Map<string, ClaimantAuditFacts>();
  for (const c of claimants) {
    const plan = planOf.get(c.id);
    // benefits start after the waiting period and with the accepted plan (Qinhuangdao art. 29–30)
    const starts = [c.waiting_end, plan?.start].filter((d): d is string => !!d).sort();
    const arrears =
      (c.suspended as string[]).includes('arrears') && c.since
        ? [{ from: c.since, to: c.until, reason: '欠费', citation: 'Qinhuangdao art. 34(一)' }]
        : [];
    claimantFacts.set(c.id, {
      insuredAs: isEmployeeLike(c.category) ? 'employees' : 'residents',
      benefitStart: plan && c.waiting_end ? starts.at(-1)! : (plan?.start ?? null),
      death: c.death,
      hospitalStays: staysOf.get(c.id) ?? [],
      suspensions: arrears,
      carePlan: plan ? { institutionId: plan.institution_id, careMode: plan.care_mode as never, items: plan.items } : null,
      home: c.lat !== null && c.lng !== null ? { lat: Number(c.lat), lng: Number(c.lng) } : null,
    });
  }
  const institutions = new Map<string, InstitutionAuditFacts>([[declaration.institutionId, { designated: agreements }]]);
  const carerFacts = new Map<string, CarerAuditFacts>();
  // a person on another institution's roster, or not a carer, is not registered as this one's carer
  for (const s of carers)
    if (s.role === 'carer') carerFacts.set(s.id, { institutionId: s.institution_id, qualifiedUntil: s.qualified_until });
  return { claimants: claimantFacts, institutions, carers: carerFacts };
}

/** The evidence's identity: a rerun that finds the same hit keeps the reviewer's decision on it. */
export function fingerprintOf(rule: string, evidence: unknown): string {
  return createHash('sha256')
    .update(`${rule}\n${JSON.stringify(evidence)}`)
    .digest('hex')
    .slice(0, 32);
}

/**
 * The smart audit over a confirmed declaration (Qinhuangdao art. 57): flags replaced by the run's,
 * those identical to a stored one (same record, rule and evidence) keeping their decision.
 */
export async function runDeclarationAudit(
  scope: Scope,
  caller: Caller,
  policy: PolicyDataService,
  declaration: ServiceDeclaration,
): Promise<{ flags: number; held: number }> {
  if (declaration.state !== 'confirmed')
    throw new ConflictError('只有已确认的申报才能进行智能审核 (only a confirmed declaration is audited)', undefined, {
      reason: 'DECLARATION_NOT_CONFIRMED',
      issues: [{ code: 'DECLARATION_NOT_CONFIRMED', path: 'declaration' }],
    });
  const pack = await policy.packIn(scope, declaration.regionId, lastDayOf(declaration.month));
  if (!pack.ok)
    throw new ConflictError('该地区没有适用的政策参数包 (no policy pack)', undefined, { reason: 'NO_POLICY_PACK', issues: pack.issues });
  const { ids, records } = await declaredRecordsOf(scope, declaration.id);
  for (const r of records) r.institutionId = declaration.institutionId;
  const facts = await auditFacts(scope, declaration, records);
  const result = runSmartAudit(
    { month: declaration.month, records, facts },
    { settlement: pack.value.settlement, benefits: pack.value.benefits, eligibility: pack.value.eligibility },
  );
  if (!result.ok)
    throw new ConflictError('申报记录不能审核，请退回更正 (records the audit cannot read)', undefined, {
      reason: 'AUDIT_INPUT_INVALID',
      issues: result.issues,
    });
  const flags = result.value.flags.map((f) => ({
    record_id: ids.get(f.recordKey),
    rule: f.rule,
    severity: f.severity,
    citation: f.citation,
    message: f.message,
    evidence: f.evidence,
    fingerprint: fingerprintOf(f.rule, f.evidence),
  }));
  const kept: { id: string }[] = flags.length
    ? await scope.em.query(
        `INSERT INTO audit_flags (record_id, declaration_id, region_id, county_id, institution_id, month, rule, severity, citation, message, evidence, fingerprint)
         SELECT x.record_id, $1, $2, $3, $4, $5, x.rule, x.severity, x.citation, x.message, x.evidence, x.fingerprint
           FROM jsonb_to_recordset($6::jsonb) AS x(record_id uuid, rule text, severity text, citation text, message text, evidence jsonb, fingerprint text)
         ON CONFLICT (record_id, rule, fingerprint) DO UPDATE SET severity = EXCLUDED.severity, citation = EXCLUDED.citation, message = EXCLUDED.message
         RETURNING id`,
        [declaration.id, declaration.regionId, declaration.countyId, declaration.institutionId, declaration.month, JSON.stringify(flags)],
      )
    : [];
  await scope.em.query('DELETE FROM audit_flags WHERE declaration_id = $1 AND NOT (id = ANY($2::uuid[]))', [
    declaration.id,
    kept.map((k) => k.id),
  ]);
  await scope.em.query(
    'UPDATE service_declarations SET audited_at = now(), audited_by = $2, audit_hits = $3, audit_trace = $4, version = version + 1 WHERE id = $1',
    [declaration.id, caller.id, JSON.stringify(result.value.hitsByRule), JSON.stringify(result.trace)],
  );
  await recordAudit(scope.em, caller, {
    operation: 'update',
    entityType: 'ServiceDeclaration',
    entityId: declaration.id,
    regionId: declaration.regionId,
    before: { auditedAt: declaration.auditedAt },
    after: { audited: true, flags: flags.length, held: result.value.heldRecords.length, hitsByRule: result.value.hitsByRule },
  });
  return { flags: flags.length, held: result.value.heldRecords.length };
}
