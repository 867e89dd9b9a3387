import {
  annualCapIncome,
  type BenefitParams,
  hasAnnualCap,
  lastDayOf,
  SETTLEMENT_CITATION,
  type SettlementParams,
  settleClaimantMonth,
} from '@ltci/shared';
import type { EntityManager } from 'typeorm';
import { Scope } from '../../common/scope.js';
import type { JobHandler, JobOutcome, JobRun } from '../jobs/job.handler.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import { insuredCategory, loadChunk, PLACE_SQL, placeParams, type RunParams, type RunPlace } from './settlement-facts.js';
import { applyWithholdings } from './settlement-withholding.js';

export const SETTLEMENT_RUN_JOB = 'settlement.run';
/** Claimants per step: their records are read set-based, settled in shared, written in one multi-row INSERT, with the checkpoint. */
const CHUNK = Number(process.env.SETTLEMENT_CHUNK) || 1000;

interface RunRow {
  id: string;
  region_id: string;
  county_id: string | null;
  month: string;
  kind: string;
  computed_at: Date | null;
}

/**
 * The settlement run (Qinhuangdao art. 55: 依据服务协议生成结算数据): every claimant with confirmed
 * records in the run's place and month, in claimant order, a chunk per step; each step writes its
 * lines and its checkpoint in one transaction, and a line is unique per run, institution and
 * claimant, so a run killed at any point resumes after its last step and a rerun writes nothing
 * twice. The last step sums the lines into one sheet per institution and the run's totals.
 */
export function settlementRunJob(policyData: PolicyDataService): JobHandler {
  return {
    kind: SETTLEMENT_RUN_JOB,
    async run(run: JobRun): Promise<JobOutcome> {
      const runId = String(run.job.params?.runId ?? '');
      const [row]: RunRow[] = await run.reader.query(
        'SELECT id, region_id, county_id, month, kind, computed_at FROM settlement_runs WHERE id = $1',
        [runId],
      );
      if (!row) return { errors: [{ code: 'NOT_FOUND', message: `没有该结算：${runId}` }] };
      const place: RunPlace = { regionId: row.region_id, countyId: row.county_id, month: row.month };
      if (row.computed_at) return { result: await totals(run.reader, runId) };
      if (row.kind === 'assessmentFee') {
        // one step: the queued fees claimed and summed per assessment institution, the run's totals
        await run.step((em) => writeFeeSheets(em, runId, place), { phase: 'sheets', done: 1, total: 1, checkpoint: { sheets: true } });
        return { result: await totals(run.reader, runId) };
      }
      const pack = await policyData.packIn(new Scope(run.reader, run.owner), place.regionId, lastDayOf(place.month));
      if (!pack.ok) return { errors: pack.issues.map((i) => ({ code: i.code, message: i.message })) };
      const benefits = pack.value.benefits as BenefitParams;

      // the claimants once, in order (a city month: some 60k ids); the checkpoint is the last one settled
      const all: string[] = (
        await run.reader.query(
          `SELECT DISTINCT r.claimant_id AS id FROM declared_records r JOIN service_declarations d ON d.id = r.declaration_id
            WHERE ${PLACE_SQL} AND d.state = 'confirmed' ORDER BY 1`,
          placeParams(place),
        )
      ).map((r: { id: string }) => r.id);
      const params = await runParams(run.reader, place, all, benefits, pack.value.settlement as SettlementParams);
      if ('errors' in params) return params;
      const after = String(run.checkpoint?.after ?? '');
      let next = after ? all.findIndex((id) => id > after) : 0;
      if (next < 0) next = all.length;
      await run.progress({ phase: 'settle', done: next, total: all.length });
      while (next < all.length) {
        const ids = all.slice(next, next + CHUNK);
        next += ids.length;
        await run.step((em) => settleChunk(em, runId, place, ids, params), {
          phase: 'settle',
          done: next,
          checkpoint: { after: ids.at(-1)! },
        });
      }
      await run.step((em) => writeSheets(em, runId, place), {
        phase: 'sheets',
        done: all.length,
        checkpoint: { after: all.at(-1) ?? '', sheets: true },
      });
      return { result: await totals(run.reader, runId) };
    },
  };
}

/**
 * The run's parameters: the benefits, and — when one of the month's claimants is paid within an
 * annual cap (Tumxuk §5(三); Qinhuangdao art. 31(2)) — the previous year's per-capita income; a
 * month that needs it and has none stops before anything is written, with the parameter's code.
 */
export async function runParams(
  em: EntityManager,
  place: RunPlace,
  claimantIds: readonly string[],
  benefits: BenefitParams,
  settlement: SettlementParams,
): Promise<RunParams | { errors: { code: string; message: string }[] }> {
  const income = annualCapIncome(place.month, settlement);
  if (income.ok) return { benefits, perCapitaIncome: income.value };
  const categories: { category: string }[] = claimantIds.length
    ? await em.query('SELECT DISTINCT category FROM claimants WHERE id = ANY($1)', [claimantIds])
    : [];
  if (categories.some((c) => hasAnnualCap(insuredCategory(c.category), benefits)))
    return { errors: income.issues.map((i) => ({ code: i.code, message: i.message })) };
  return { benefits, perCapitaIncome: null };
}

export async function settleChunk(em: EntityManager, runId: string, place: RunPlace, ids: string[], run: RunParams): Promise<void> {
  const params = run.benefits;
  const chunk = await loadChunk(em, place, ids, run);
  const rows: Record<string, unknown>[] = [];
  for (const { facts, records } of chunk) {
    const settled = settleClaimantMonth(place.month, facts, records, params);
    if (!settled.ok) throw new Error(`${facts.claimantId}: ${settled.issues.map((i) => `${i.path} ${i.code}`).join(', ')}`);
    const { value, trace } = settled;
    for (const line of value.lines) {
      rows.push({
        institution_id: line.institutionId,
        claimant_id: line.claimantId,
        records: line.records,
        billed: line.billed,
        excluded: line.excluded,
        eligible: line.eligible,
        fund_amount: line.fundPays,
        claimant_amount: line.claimantPays,
        unsettled: line.unsettled,
        detail: value.records.filter((r) => r.institutionId === line.institutionId).map(({ institutionId: _, ...r }) => r),
        trace,
      });
    }
  }
  if (!rows.length) return;
  // one statement for the chunk; a line already written by an interrupted attempt stays as it was
  await em.query(
    `INSERT INTO settlement_lines (run_id, region_id, month, institution_id, claimant_id, records, billed, excluded, eligible,
                                   fund_amount, claimant_amount, unsettled, detail, trace)
     SELECT $1, $2, $3, x.institution_id, x.claimant_id, x.records, x.billed, x.excluded, x.eligible,
            x.fund_amount, x.claimant_amount, x.unsettled, x.detail, x.trace
       FROM jsonb_to_recordset($4::jsonb) AS x(institution_id uuid, claimant_id uuid, records int, billed numeric, excluded numeric,
            eligible numeric, fund_amount numeric, claimant_amount numeric, unsettled numeric, detail jsonb, trace jsonb)
     ON CONFLICT (run_id, institution_id, claimant_id) DO NOTHING`,
    [runId, place.regionId, place.month, JSON.stringify(rows)],
  );
}

/** Each institution's sheet is the sum of its claimants' lines (art. 32, 55), written once; then the run's totals. */
export async function writeSheets(em: EntityManager, runId: string, place: RunPlace): Promise<void> {
  await em.query(
    `INSERT INTO settlement_sheets (run_id, region_id, county_id, institution_id, month, claimants, records, billed, excluded, eligible,
                                    fund_amount, claimant_amount, unsettled, trace)
     SELECT $1, $2, $3, l.institution_id, $4, count(DISTINCT l.claimant_id), sum(l.records), sum(l.billed), sum(l.excluded), sum(l.eligible),
            sum(l.fund_amount), sum(l.claimant_amount), sum(l.unsettled),
            jsonb_build_array(jsonb_build_object(
              'rule', 'settlement.sheet', 'citation', $5::text,
              'inputs', jsonb_build_object('claimants', count(DISTINCT l.claimant_id), 'records', sum(l.records),
                                           'billed', sum(l.billed)::text, 'excluded', sum(l.excluded)::text),
              'output', jsonb_build_object('fundPays', sum(l.fund_amount)::text, 'claimantPays', sum(l.claimant_amount)::text),
              'note', '结算单为该机构各参保人结算明细之和 (the sheet is the sum of its claimants'' lines)'))
       FROM settlement_lines l WHERE l.run_id = $1 GROUP BY l.institution_id
     ON CONFLICT (run_id, institution_id) DO NOTHING`,
    [runId, place.regionId, place.countyId, place.month, SETTLEMENT_CITATION],
  );
  await applyWithholdings(em, runId, place.regionId);
  await em.query(
    `UPDATE settlement_runs r SET sheets = s.sheets, claimants = s.claimants, records = s.records, billed_total = s.billed,
            fund_total = s.fund, claimant_total = s.claimant, computed_at = now(), updated_at = now()
       FROM (SELECT count(*)::int AS sheets, coalesce(sum(claimants), 0)::int AS claimants, coalesce(sum(records), 0)::int AS records,
                    coalesce(sum(billed), 0) AS billed, coalesce(sum(fund_amount), 0) AS fund, coalesce(sum(claimant_amount), 0) AS claimant
               FROM settlement_sheets WHERE run_id = $1) s
      WHERE r.id = $1 AND r.computed_at IS NULL`,
    [runId],
  );
}

/** Qinhuangdao art. 27: 每例200元 — the fee of each finished assessment, as its row states it with the trace of who pays. */
export const ASSESSMENT_FEE_CITATION = 'Qinhuangdao art. 27, 54';

/**
 * The assessment fees' sheets (Qinhuangdao art. 54: 按照评估费用标准生成结算数据): every fee the fund
 * pays still queued (settlement_id null) up to the run's month is claimed by the run, and each
 * assessment institution's sheet is their sum, in one transaction; a fee belongs to one run only
 * (claimed where still null), and a returned run gives its fees back to the queue.
 */
export async function writeFeeSheets(em: EntityManager, runId: string, place: RunPlace): Promise<void> {
  const claimed: { id: string }[] = await em.query(
    `UPDATE assessment_fees SET settlement_id = $1
      WHERE region_id = $2 AND month <= $3 AND payer = 'fund' AND settlement_id IS NULL RETURNING id`,
    [runId, place.regionId, place.month],
  );
  if (claimed.length)
    await em.query(
      `INSERT INTO settlement_sheets (run_id, region_id, county_id, institution_id, month, claimants, records, billed, eligible,
                                      fund_amount, claimant_amount, trace)
       SELECT $1, $2, NULL, f.assessment_institution_id, $3, count(*), count(*), sum(f.amount), sum(f.amount), sum(f.amount), 0,
              jsonb_build_array(jsonb_build_object(
                'rule', 'settlement.assessmentFees', 'citation', $4::text,
                'inputs', jsonb_build_object('assessments', count(*), 'months', jsonb_agg(DISTINCT f.month),
                                             'byKind', (SELECT jsonb_object_agg(k.kind, k.n) FROM (
                                                 SELECT g.kind, count(*) AS n FROM assessment_fees g
                                                  WHERE g.settlement_id = $1 AND g.assessment_institution_id = f.assessment_institution_id
                                                  GROUP BY g.kind) k)),
                'output', jsonb_build_object('fundPays', sum(f.amount)::text),
                'note', '基金承担的评估费用按评估机构逐例汇总 (the fees the fund bears, summed per assessment institution)'))
         FROM assessment_fees f WHERE f.settlement_id = $1 GROUP BY f.assessment_institution_id
       ON CONFLICT (run_id, institution_id) DO NOTHING`,
      [runId, place.regionId, place.month, ASSESSMENT_FEE_CITATION],
    );
  await applyWithholdings(em, runId, place.regionId);
  await em.query(
    `UPDATE settlement_runs r SET sheets = s.sheets, claimants = s.claimants, records = s.records, billed_total = s.billed,
            fund_total = s.fund, claimant_total = 0, computed_at = now(), updated_at = now()
       FROM (SELECT count(*)::int AS sheets, coalesce(sum(claimants), 0)::int AS claimants, coalesce(sum(records), 0)::int AS records,
                    coalesce(sum(billed), 0) AS billed, coalesce(sum(fund_amount), 0) AS fund
               FROM settlement_sheets WHERE run_id = $1) s
      WHERE r.id = $1 AND r.computed_at IS NULL`,
    [runId],
  );
}

async function totals(em: EntityManager, runId: string): Promise<Record<string, unknown>> {
  const [t] = await em.query(
    `SELECT sheets, claimants, records, fund_total::text AS "fundTotal", claimant_total::text AS "claimantTotal" FROM settlement_runs WHERE id = $1`,
    [runId],
  );
  return { runId, ...t };
}
