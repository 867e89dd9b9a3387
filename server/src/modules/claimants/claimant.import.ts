import {
  type ContributionMonth,
  type ContributionStatus,
  contributionChange,
  contributionMonthIssues,
  parseResidentId,
} from '@ltci/shared';
import ExcelJS from 'exceljs';
import { Scope } from '../../common/scope.js';
import { readTableFile, TableFileError } from '../../common/table-file.js';
import { todayInChina } from '../../common/today.js';
import type { JobIssue } from '../jobs/job.entity.js';
import type { JobHandler, JobOutcome, JobRun } from '../jobs/job.handler.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import { Claimant } from './claimant.entity.js';
import { refreshEligibility } from './claimant-eligibility.js';
import { idNumberHash } from './claimant-identity.js';
import { ClaimantContribution } from './claimant-records.entity.js';
import { upsertContribution } from './claimant-records.service.js';

export const CONTRIBUTION_IMPORT = 'claimant.contributionImport';
const BATCH = 200;
const MAX_REPORTED = 1000;

/** The collection system's monthly file (征缴系统月度缴费明细): one row per person and month. */
export const CONTRIBUTION_HEADERS = {
  idNumber: '身份证号码',
  name: '姓名',
  month: '缴费月份',
  status: '缴费状态',
  amount: '金额',
  arrivedOn: '到账日期',
} as const;
type Column = keyof typeof CONTRIBUTION_HEADERS;
const COLUMNS = Object.keys(CONTRIBUTION_HEADERS) as Column[];
export const STATUS_LABELS: Record<ContributionStatus, string> = { paid: '到账', arrears: '欠费', backPaid: '补缴到账' };

export async function contributionTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('月度缴费');
  sheet.columns = COLUMNS.map((c) => ({ header: CONTRIBUTION_HEADERS[c], width: c === 'idNumber' ? 22 : 14 }));
  sheet.getRow(1).font = { bold: true };
  const notes = workbook.addWorksheet('填写说明');
  notes.addRows([
    ['列', '可填写的值'],
    [CONTRIBUTION_HEADERS.month, 'YYYY-MM，如 2026-10'],
    [CONTRIBUTION_HEADERS.status, Object.values(STATUS_LABELS).join('、')],
    [CONTRIBUTION_HEADERS.arrivedOn, 'YYYY-MM-DD；欠费不填'],
    ['', '任何一行有错误时整份文件都不会导入；同一份文件只导入一次。'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface Row {
  rowNumber: number;
  claimantId: string;
  month: ContributionMonth;
}

/**
 * Import a month's contributions: every row checked (the identity number, a claimant of the
 * submitter's reach with that name, the month's record rule, no row twice, no contradiction with
 * what is recorded); only a file without a single error is written, in batches that commit with
 * their checkpoint. Each claimant's status is recomputed in the batch that wrote their months.
 */
export function contributionImport(policyData: PolicyDataService): JobHandler {
  return {
    kind: CONTRIBUTION_IMPORT,
    async run(run: JobRun): Promise<JobOutcome> {
      if (!run.input) return { errors: [{ code: 'NO_FILE', message: '任务没有文件' }] };
      const { rows, errors } = await parse(run, run.input);
      if (errors.length) return { errors: errors.slice(0, MAX_REPORTED) };
      let next = Number(run.checkpoint?.next ?? 0);
      let written = Number(run.checkpoint?.written ?? 0);
      await run.progress({ phase: 'import', done: next, total: rows.length });
      while (next < rows.length) {
        const batch = rows.slice(next, next + BATCH);
        next += batch.length;
        let count = 0;
        await run.step(
          async (em) => {
            const scope = new Scope(em, run.owner);
            const claimants = new Map<string, Claimant>();
            for (const r of batch) {
              const claimant = claimants.get(r.claimantId) ?? (await scope.one(Claimant, r.claimantId, { lock: true }));
              claimants.set(claimant.id, claimant);
              const { change } = await upsertContribution(scope, claimant, r.month, { source: 'import', jobId: run.job.id });
              if (change !== 'same') count += 1;
            }
            for (const c of claimants.values()) await refreshEligibility(scope, policyData, c, todayInChina());
          },
          { phase: 'import', done: next, checkpoint: { next, written: written + count } },
        );
        written += count;
      }
      return { result: { rows: rows.length, written } };
    },
  };
}

async function parse(run: JobRun, bytes: Buffer): Promise<{ rows: Row[]; errors: JobIssue[] }> {
  await run.progress({ phase: 'validate', done: 0, total: 0 });
  let table: Awaited<ReturnType<typeof readTableFile>>;
  try {
    table = await readTableFile(bytes);
  } catch (error) {
    if (error instanceof TableFileError) return { rows: [], errors: [{ code: error.code, message: error.message }] };
    throw error;
  }
  const index = new Map<Column, number>();
  for (const c of COLUMNS) if (table.header.includes(CONTRIBUTION_HEADERS[c])) index.set(c, table.header.indexOf(CONTRIBUTION_HEADERS[c]));
  const missing = COLUMNS.filter((c) => c !== 'arrivedOn' && !index.has(c));
  if (missing.length)
    return {
      rows: [],
      errors: missing.map((c) => ({
        row: 1,
        column: CONTRIBUTION_HEADERS[c],
        code: 'MISSING_COLUMN',
        message: `缺少列：${CONTRIBUTION_HEADERS[c]}`,
      })),
    };
  if (!table.rows.length) return { rows: [], errors: [{ row: 2, code: 'NO_ROWS', message: '文件中没有缴费数据' }] };
  await run.progress({ total: table.rows.length });
  const today = todayInChina();
  const cell = (row: string[], c: Column) => (index.has(c) ? (row[index.get(c) as number] ?? '').trim() : '');
  const errors: JobIssue[] = [];
  const parsed: { rowNumber: number; hash: string | null; name: string; month: ContributionMonth }[] = [];
  for (const [i, row] of table.rows.entries()) {
    const rowNumber = i + 2;
    const issue = (c: Column, code: string, message: string) =>
      errors.push({ row: rowNumber, column: CONTRIBUTION_HEADERS[c], code, message });
    const id = parseResidentId(cell(row, 'idNumber'), today);
    if (!id.ok) issue('idNumber', id.issues[0].code, id.issues[0].message);
    const statusText = cell(row, 'status');
    const status = (Object.keys(STATUS_LABELS) as ContributionStatus[]).find((s) => STATUS_LABELS[s] === statusText || s === statusText);
    const month: ContributionMonth = {
      month: cell(row, 'month'),
      status: status as ContributionStatus,
      amount: cell(row, 'amount'),
      arrivedOn: cell(row, 'arrivedOn') || null,
    };
    for (const found of contributionMonthIssues(month, today)) issue(found.path as Column, found.code, found.message);
    if (!cell(row, 'name')) issue('name', 'REQUIRED', '请填写姓名');
    parsed.push({ rowNumber, hash: id.ok ? await idNumberHash(run.reader, id.value.number) : null, name: cell(row, 'name'), month });
  }
  const claimants = await claimantsOf(run, [...new Set(parsed.map((p) => p.hash).filter((h): h is string => !!h))]);
  const seen = new Map<string, number>();
  const rows: Row[] = [];
  for (const p of parsed) {
    if (!p.hash) continue;
    const issue = (c: Column, code: string, message: string) =>
      errors.push({ row: p.rowNumber, column: CONTRIBUTION_HEADERS[c], code, message });
    const found = claimants.get(p.hash) ?? [];
    if (!found.length) {
      issue('idNumber', 'UNKNOWN_CLAIMANT', '没有该身份证号码的参保人，或不在您负责的地区');
      continue;
    }
    if (found.length > 1) {
      issue('idNumber', 'AMBIGUOUS_CLAIMANT', '该身份证号码在您负责的多个统筹地区都有登记，请分地区导入');
      continue;
    }
    const claimant = found[0];
    if (p.name && claimant.name !== p.name) issue('name', 'NAME_MISMATCH', `姓名与登记的参保人不符（${claimant.name}）`);
    const key = `${claimant.id}/${p.month.month}`;
    const earlier = seen.get(key);
    if (earlier) issue('month', 'DUPLICATE_IN_FILE', `与第 ${earlier} 行是同一人同一月份`);
    else seen.set(key, p.rowNumber);
    rows.push({ rowNumber: p.rowNumber, claimantId: claimant.id, month: p.month });
  }
  await conflicts(run, rows, errors);
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  await run.progress({ done: table.rows.length });
  return { rows, errors };
}

/** The submitter's claimants with these hashes, through their scope (a county officer: their counties). */
async function claimantsOf(run: JobRun, hashes: string[]): Promise<Map<string, Claimant[]>> {
  const out = new Map<string, Claimant[]>();
  if (!hashes.length) return out;
  const found = await new Scope(run.reader, run.owner)
    .rows(Claimant, 'c')
    .addSelect('c.idNumberHash')
    .andWhere('c.id_number_hash IN (:...hashes)', { hashes })
    .getMany();
  for (const c of found) out.set(c.idNumberHash as string, [...(out.get(c.idNumberHash as string) ?? []), c]);
  return out;
}

/** A row contradicting a month already recorded (a resumed run meets its own rows again as the same). */
async function conflicts(run: JobRun, rows: Row[], errors: JobIssue[]): Promise<void> {
  if (!rows.length) return;
  const ids = [...new Set(rows.map((r) => r.claimantId))];
  const existing = await run.reader
    .getRepository(ClaimantContribution)
    .createQueryBuilder('m')
    .where('m.claimant_id IN (:...ids)', { ids })
    .getMany();
  const byKey = new Map(existing.map((m) => [`${m.claimantId}/${m.month}`, m]));
  for (const r of rows) {
    const before = byKey.get(`${r.claimantId}/${r.month.month}`);
    if (before && contributionChange(before, r.month) === 'conflict') {
      const text = before.status === 'arrears' ? '欠费' : `${STATUS_LABELS[before.status]}（${before.arrivedOn}，${before.amount} 元）`;
      errors.push({
        row: r.rowNumber,
        column: CONTRIBUTION_HEADERS.status,
        code: 'CONFLICTS_WITH_RECORD',
        message: `${r.month.month} 已记录为${text}`,
      });
    }
  }
}
