import {
  D,
  DECLARATION_BATCH_MAX,
  type DeclaredRecord,
  declaredRecordIssues,
  firstDayOf,
  isIsoMonth,
  lastDayOf,
  money,
  type PolicyIssue,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import type { Scope } from '../../common/scope.js';
import { todayInChina } from '../../common/today.js';
import { recordAudit } from '../audit/audit.service.js';
import { Institution } from '../institutions/institution.entity.js';
import { InstitutionKind } from '../institutions/institution-enums.js';
import type { DeclaredRecordInput, RecordVerdict } from './declaration.args.js';
import { ServiceDeclaration } from './declaration.entity.js';

const KEY_MAX = 100;

/** The shared record a GraphQL or file row stands for; its institution is the declaration's. */
export function toDeclaredRecord(input: DeclaredRecordInput, institutionId: string): DeclaredRecord {
  const base = {
    key: typeof input.key === 'string' ? input.key.trim() : input.key,
    claimantId: input.claimantId,
    institutionId,
    items: input.items,
    lines: (input.lines ?? []).map((l) => ({
      category: l.category as DeclaredRecord['lines'][number]['category'],
      amount: l.amount,
      ...(l.description ? { description: l.description } : {}),
    })),
  };
  if (input.kind === 'careDays')
    return { ...base, kind: 'careDays', from: input.from ?? '', to: input.to ?? '', carerIds: input.carerIds ?? [] };
  const checkIn =
    input.checkInLat !== null && input.checkInLat !== undefined && input.checkInLng !== null && input.checkInLng !== undefined
      ? { lat: input.checkInLat, lng: input.checkInLng }
      : undefined;
  return {
    ...base,
    kind: input.kind,
    carerId: input.carerIds?.[0] ?? '',
    start: input.start ?? '',
    end: input.end ?? '',
    ...(checkIn ? { checkIn } : {}),
  };
}

/** The declaration of an institution and month, made on its first record; refused once confirmed (Qinhuangdao art. 55). */
export async function openDeclaration(scope: Scope, caller: Caller, institutionId: string, month: string): Promise<ServiceDeclaration> {
  if (!isIsoMonth(month)) throw new BadUserInputError({ month: '服务月份格式应为 YYYY-MM' }, undefined, { reason: 'INVALID_DATE' });
  if (month > todayInChina().slice(0, 7))
    throw new BadUserInputError({ month: `不能申报未来月份 ${month} (a future month)` }, undefined, {
      reason: 'FUTURE_MONTH',
      issues: [{ code: 'FUTURE_MONTH', path: 'month' }],
    });
  const institution = await scope.one(Institution, institutionId);
  scope.assertPlace(institution.regionId, institution.countyId);
  if (institution.kind !== InstitutionKind.care)
    throw new BadUserInputError({ institutionId: '只有定点护理服务机构申报护理服务 (not a care institution)' }, undefined, {
      reason: 'NOT_CARE_INSTITUTION',
      issues: [{ code: 'NOT_CARE_INSTITUTION', path: 'institutionId' }],
    });
  await scope.em.query(
    `INSERT INTO service_declarations (region_id, county_id, institution_id, month, prepared_by)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (institution_id, month) DO NOTHING`,
    [institution.regionId, institution.countyId, institution.id, month, caller.id],
  );
  const [{ id }] = await scope.em.query('SELECT id FROM service_declarations WHERE institution_id = $1 AND month = $2', [
    institution.id,
    month,
  ]);
  const declaration = await scope.one(ServiceDeclaration, id, { lock: true });
  refuseConfirmed(declaration);
  return declaration;
}

export function refuseConfirmed(declaration: ServiceDeclaration): void {
  if (declaration.state !== 'draft')
    throw new ConflictError('该申报已确认锁定，不能再修改；如需更正请先退回 (the declaration is confirmed and locked)', undefined, {
      reason: 'DECLARATION_CONFIRMED',
      issues: [{ code: 'DECLARATION_CONFIRMED', path: 'declaration' }],
    });
}

interface Checked {
  record: DeclaredRecord;
  issues: PolicyIssue[];
}

/** The database's checks of a batch, three set-based reads whatever its size: claimants, accepted care plans, carers. */
async function databaseIssues(scope: Scope, declaration: ServiceDeclaration, checked: Checked[]): Promise<void> {
  const claimantIds = [...new Set(checked.map((c) => c.record.claimantId).filter(isUuidText))];
  const carerIds = [...new Set(checked.flatMap((c) => carersOf(c.record)).filter(isUuidText))];
  const claimants: { id: string }[] = await scope.em.query('SELECT id FROM claimants WHERE id = ANY($1::uuid[]) AND region_id = $2', [
    claimantIds,
    declaration.regionId,
  ]);
  // a plan accepted for some of the month (an ended plan counts for the days it was in force)
  const plans: { claimant_id: string; institution_id: string }[] = await scope.em.query(
    `SELECT DISTINCT claimant_id, institution_id FROM care_plans
      WHERE claimant_id = ANY($1::uuid[]) AND state IN ('accepted','ended')
        AND start_date <= $2 AND (end_date IS NULL OR end_date >= $3)`,
    [claimantIds, lastDayOf(declaration.month), firstDayOf(declaration.month)],
  );
  const carers: { id: string }[] = await scope.em.query('SELECT id FROM staff WHERE id = ANY($1::uuid[]) AND region_id = $2', [
    carerIds,
    declaration.regionId,
  ]);
  const known = new Set(claimants.map((c) => c.id));
  const planAt = new Map<string, Set<string>>();
  for (const p of plans) planAt.set(p.claimant_id, (planAt.get(p.claimant_id) ?? new Set()).add(p.institution_id));
  const knownCarers = new Set(carers.map((c) => c.id));
  for (const c of checked) {
    if (c.issues.length) continue;
    const r = c.record;
    if (!known.has(r.claimantId)) {
      c.issues.push({
        path: 'claimantId',
        code: 'UNKNOWN_CLAIMANT',
        message: `本地区没有参保人 ${r.claimantId} (no such claimant in the region)`,
      });
      continue;
    }
    const at = planAt.get(r.claimantId);
    if (!at)
      c.issues.push({
        path: 'claimantId',
        code: 'NO_ACCEPTED_CARE_PLAN',
        message: '该参保人本月没有已备案的护理计划 (no accepted care plan: Qinhuangdao art. 30)',
      });
    else if (!at.has(declaration.institutionId))
      c.issues.push({
        path: 'claimantId',
        code: 'CARE_PLAN_OTHER_INSTITUTION',
        message: '该参保人的护理计划备案在其他机构 (the accepted care plan names another institution: Qinhuangdao art. 30)',
      });
    const unknown = carersOf(r).filter((id) => !knownCarers.has(id));
    if (unknown.length)
      c.issues.push({ path: 'carerIds', code: 'UNKNOWN_CARER', message: `没有该护理人员 (no such carer): ${unknown.join(', ')}` });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuidText = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);
const carersOf = (r: DeclaredRecord) => (r.kind === 'homeVisit' ? [r.carerId] : (r.carerIds ?? []));

/** Checks of the input's shape the shared check leaves to the store: ids, one carer a visit, lengths, amounts ≥ 0. */
function storeIssues(input: DeclaredRecordInput, r: DeclaredRecord): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (typeof r.key === 'string' && [...r.key].length > KEY_MAX)
    issues.push({ path: 'key', code: 'TOO_LONG', message: `记录编号最多 ${KEY_MAX} 字 (key too long)` });
  if (r.claimantId && !isUuidText(r.claimantId))
    issues.push({ path: 'claimantId', code: 'UNKNOWN_CLAIMANT', message: `没有参保人 ${r.claimantId} (no such claimant)` });
  const carers = input.carerIds ?? [];
  if (input.kind === 'homeVisit' && carers.length !== 1)
    issues.push({ path: 'carerIds', code: 'ONE_CARER_PER_VISIT', message: '每次上门服务须填写一名护理人员 (one carer per visit)' });
  const badCarers = carers.filter((id) => !isUuidText(id));
  if (badCarers.length)
    issues.push({ path: 'carerIds', code: 'UNKNOWN_CARER', message: `没有该护理人员 (no such carer): ${badCarers.join(', ')}` });
  for (const line of input.lines ?? [])
    if (typeof line.amount === 'string' && line.amount.trim().startsWith('-'))
      issues.push({ path: 'lines', code: 'OUT_OF_RANGE', message: '金额不能为负数 (an amount below zero)' });
  return issues;
}

export interface SubmitOutcome {
  verdicts: RecordVerdict[];
  accepted: number;
}

/**
 * A batch of up to 5,000 records for one declaration (Qinhuangdao art. 55): every record checked by
 * shared `declaredRecordIssues` and by the database (claimant in the region, accepted care plan at
 * this institution, carer known), the good ones written by key in three statements, the bad ones
 * changing nothing. A verdict with its codes per record.
 */
export async function submitRecords(
  scope: Scope,
  caller: Caller,
  declaration: ServiceDeclaration,
  inputs: DeclaredRecordInput[],
): Promise<SubmitOutcome> {
  if (inputs.length > DECLARATION_BATCH_MAX)
    throw new BadUserInputError({ records: `每批最多 ${DECLARATION_BATCH_MAX} 条，本批 ${inputs.length} 条` }, undefined, {
      reason: 'BATCH_TOO_LARGE',
      issues: [{ code: 'BATCH_TOO_LARGE', path: 'records' }],
    });
  const records = inputs.map((input) => toDeclaredRecord(input, declaration.institutionId));
  const checked: Checked[] = records.map((record, i) => ({ record, issues: storeIssues(inputs[i], record) }));
  for (const issue of declaredRecordIssues(records, declaration.month)) {
    const match = /^records\.(\d+)\.?(.*)$/.exec(issue.path);
    if (match) checked[Number(match[1])].issues.push({ ...issue, path: match[2] });
  }
  await databaseIssues(scope, declaration, checked);
  const good = checked.filter((c) => !c.issues.length).map((c) => c.record);
  if (good.length) await writeRecords(scope, caller, declaration, good);
  await scope.em.query(
    `UPDATE service_declarations d SET
        record_count = t.n, declared_amount = t.amount, version = d.version + 1, updated_at = now()
       FROM (SELECT count(*)::int AS n, coalesce(sum(billed_amount), 0) AS amount FROM declared_records WHERE declaration_id = $1) t
      WHERE d.id = $1`,
    [declaration.id],
  );
  const verdicts = checked.map((c, index) => ({
    index,
    key: typeof c.record.key === 'string' ? c.record.key : null,
    accepted: !c.issues.length,
    codes: [...new Set(c.issues.map((i) => i.code))],
    messages: c.issues.map((i) => i.message),
  }));
  await recordAudit(scope.em, caller, {
    operation: 'update',
    entityType: 'ServiceDeclaration',
    entityId: declaration.id,
    regionId: declaration.regionId,
    before: { recordCount: declaration.recordCount, declaredAmount: declaration.declaredAmount },
    after: { submitted: inputs.length, accepted: good.length, keys: good.slice(0, 50).map((r) => r.key) },
  });
  return { verdicts, accepted: good.length };
}

/** The upsert by key: one INSERT … ON CONFLICT for the records, one DELETE and one INSERT for their lines. */
async function writeRecords(scope: Scope, caller: Caller, declaration: ServiceDeclaration, good: DeclaredRecord[]): Promise<void> {
  const rows = good.map((r) => ({
    key: r.key,
    kind: r.kind,
    claimant_id: r.claimantId,
    carer_ids: r.kind === 'homeVisit' ? [r.carerId] : r.carerIds,
    start_at: r.kind === 'homeVisit' ? r.start : null,
    end_at: r.kind === 'homeVisit' ? r.end : null,
    from_date: r.kind === 'careDays' ? r.from : null,
    to_date: r.kind === 'careDays' ? r.to : null,
    lat: r.kind === 'homeVisit' && r.checkIn ? r.checkIn.lat : null,
    lng: r.kind === 'homeVisit' && r.checkIn ? r.checkIn.lng : null,
    items: r.items,
    billed: money(r.lines.reduce((sum, l) => sum.plus(l.amount), new D(0))),
  }));
  const written: { id: string }[] = await scope.em.query(
    `INSERT INTO declared_records AS d (declaration_id, region_id, county_id, institution_id, month, key, kind, claimant_id, carer_ids,
        start_at, end_at, from_date, to_date, check_in_lat, check_in_lng, items, billed_amount, updated_by)
     SELECT $1, $2, $3, $4, $5, x.key, x.kind, x.claimant_id, x.carer_ids, x.start_at, x.end_at, x.from_date, x.to_date,
            x.lat, x.lng, x.items, x.billed, $6
       FROM jsonb_to_recordset($7::jsonb) AS x(key text, kind text, claimant_id uuid, carer_ids uuid[], start_at timestamp,
            end_at timestamp, from_date date, to_date date, lat numeric, lng numeric, items text[], billed numeric)
     ON CONFLICT (institution_id, month, key) DO UPDATE SET
        kind = EXCLUDED.kind, claimant_id = EXCLUDED.claimant_id, carer_ids = EXCLUDED.carer_ids,
        start_at = EXCLUDED.start_at, end_at = EXCLUDED.end_at, from_date = EXCLUDED.from_date, to_date = EXCLUDED.to_date,
        check_in_lat = EXCLUDED.check_in_lat, check_in_lng = EXCLUDED.check_in_lng, items = EXCLUDED.items,
        billed_amount = EXCLUDED.billed_amount, updated_by = EXCLUDED.updated_by, updated_at = now()
     RETURNING d.id`,
    [
      declaration.id,
      declaration.regionId,
      declaration.countyId,
      declaration.institutionId,
      declaration.month,
      caller.id,
      JSON.stringify(rows),
    ],
  );
  await scope.em.query('DELETE FROM declared_record_lines WHERE record_id = ANY($1::uuid[])', [written.map((w) => w.id)]);
  const lines = good.flatMap((r) =>
    r.lines.map((l, i) => ({ key: r.key, line_no: i + 1, category: l.category, amount: l.amount, description: l.description ?? null })),
  );
  if (lines.length)
    await scope.em.query(
      `INSERT INTO declared_record_lines (record_id, line_no, category, amount, description)
       SELECT r.id, x.line_no, x.category, x.amount, x.description
         FROM jsonb_to_recordset($1::jsonb) AS x(key text, line_no int, category text, amount numeric, description text)
         JOIN declared_records r ON r.institution_id = $2 AND r.month = $3 AND r.key = x.key`,
      [JSON.stringify(lines), declaration.institutionId, declaration.month],
    );
}
