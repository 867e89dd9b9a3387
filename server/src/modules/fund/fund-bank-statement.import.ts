import { FUND_ACCOUNT_KINDS, isIsoMonth, isMoney, STATEMENT_CITATION } from '@ltci/shared';
import ExcelJS from 'exceljs';
import type { EntityManager } from 'typeorm';
import { Scope } from '../../common/scope.js';
import { readTableFile, TableFileError } from '../../common/table-file.js';
import { todayInChina } from '../../common/today.js';
import { recordAudit } from '../audit/audit.service.js';
import type { JobIssue } from '../jobs/job.entity.js';
import type { JobHandler, JobOutcome, JobRun } from '../jobs/job.handler.js';
import { Region } from '../regions/region.entity.js';
import { FundAccount } from './fund-account.entity.js';
import { writeStatement } from './fund-statement.service.js';
import { recomputeWarnings } from './fund-warnings.js';

export const FUND_BANK_STATEMENT_IMPORT = 'fund.bankStatementImport';
/** Rows per transaction: each batch and its checkpoint commit together. */
const BATCH = 200;
const MAX_REPORTED = 1000;

const HEADERS = {
  regionId: '统筹地区',
  account: '账户',
  month: '月份',
  closingBalance: '月末余额（元）',
  note: '备注',
} as const;
type Column = keyof typeof HEADERS;
const REQUIRED: Column[] = ['regionId', 'account', 'month', 'closingBalance'];

/** The bank statement file's template: one row per fund account and month, with an example row. */
export async function fundBankStatementTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('银行对账单');
  sheet.columns = (Object.keys(HEADERS) as Column[]).map((c) => ({ header: HEADERS[c], width: c === 'account' || c === 'note' ? 32 : 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(['秦皇岛市', '秦皇岛市财政专户', '2026-10', '1000000.00', '（请删除本行）']);
  const notes = workbook.addWorksheet('填写说明');
  notes.addRows([
    ['列', '可填写的值'],
    [HEADERS.account, '基金自有账户的名称（财政专户、市级支出户、县区支出户），县区支出户也可填县区代码'],
    [HEADERS.month, 'YYYY-MM，不能是未来月份；同一账户同一月份在文件中只能出现一次'],
    [HEADERS.closingBalance, '银行对账单上的月末余额，最多两位小数'],
    ['', '任何一行有错误时整份文件都不会导入；同一份文件只导入一次。已录入的月份以文件为准更正。'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface Row {
  row: number;
  account: FundAccount;
  month: string;
  closingBalance: string;
  note: string | null;
}

/**
 * Import the banks' monthly statements of the fund's own accounts (账实相符, Qinhuangdao art. 49,
 * 56): every row validated with its row number, nothing imported from a file with a single error,
 * batches committed with their checkpoint; each statement recorded as the form records it, and the
 * reconciliation warnings recomputed once with the last batch.
 */
export const fundBankStatementImport: JobHandler = {
  kind: FUND_BANK_STATEMENT_IMPORT,
  async run(run: JobRun): Promise<JobOutcome> {
    if (!run.input) return { errors: [{ code: 'NO_FILE', message: '任务没有文件' }] };
    const { rows, errors } = await parse(run, run.input);
    if (errors.length) return { errors: errors.slice(0, MAX_REPORTED) };
    let next = Number(run.checkpoint?.next ?? 0);
    await run.progress({ phase: 'import', done: next, total: rows.length });
    const regions = [...new Set(rows.map((r) => r.account.regionId))];
    while (next < rows.length) {
      const batch = rows.slice(next, next + BATCH);
      next += batch.length;
      const recompute = next >= rows.length ? regions : [];
      await run.step((em) => insert(em, run, batch, recompute), { phase: 'import', done: next, checkpoint: { next } });
    }
    return { result: { imported: rows.length, citation: STATEMENT_CITATION } };
  },
};

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
  for (const c of Object.keys(HEADERS) as Column[]) if (table.header.includes(HEADERS[c])) index.set(c, table.header.indexOf(HEADERS[c]));
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length)
    return {
      rows: [],
      errors: missing.map((c) => ({ row: 1, column: HEADERS[c], code: 'MISSING_COLUMN', message: `缺少列：${HEADERS[c]}` })),
    };
  if (!table.rows.length) return { rows: [], errors: [{ row: 2, code: 'NO_ROWS', message: '文件中没有对账单数据' }] };
  await run.progress({ total: table.rows.length });
  const { regions, accounts } = await reachable(run);
  const thisMonth = todayInChina().slice(0, 7);
  const cell = (row: string[], c: Column) => (index.has(c) ? (row[index.get(c)!] ?? '').trim() : '');
  const errors: JobIssue[] = [];
  const rows: Row[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((cells, i) => {
    const rowNumber = i + 2;
    const issue = (c: Column, code: string, message: string) => errors.push({ row: rowNumber, column: HEADERS[c], code, message });
    const regionText = cell(cells, 'regionId');
    const regionId = regions.get(regionText);
    if (!regionId) {
      issue('regionId', 'REGION_NOT_ALLOWED', `统筹地区不存在或无权导入：${regionText || '（空）'}`);
      return;
    }
    const accountText = cell(cells, 'account');
    const candidates = accounts.filter((a) => a.name === accountText || a.countyCode === accountText || a.id === accountText);
    const account = candidates.find((a) => a.regionId === regionId);
    if (!account)
      issue(
        'account',
        candidates.length ? 'ACCOUNT_OTHER_REGION' : 'NOT_A_FUND_ACCOUNT',
        candidates.length
          ? `账户属于另一统筹地区：${accountText}`
          : `不是本地区的基金自有账户（财政专户、支出户）：${accountText || '（空）'}`,
      );
    const month = cell(cells, 'month').replaceAll('/', '-');
    if (!isIsoMonth(month)) issue('month', 'INVALID_MONTH', `月份应为 YYYY-MM，实为 ${cell(cells, 'month') || '（空）'}`);
    else if (month > thisMonth) issue('month', 'FUTURE_MONTH', `不能导入未来月份的对账单：${month}`);
    const balance = cell(cells, 'closingBalance').replaceAll(',', '');
    if (!isMoney(balance)) issue('closingBalance', 'INVALID_AMOUNT', `月末余额应为金额，最多两位小数，实为 ${balance || '（空）'}`);
    const note = cell(cells, 'note') || null;
    if (note && [...note].length > 500) issue('note', 'OUT_OF_RANGE', '备注最多500字');
    if (account && isIsoMonth(month)) {
      const key = `${account.id}/${month}`;
      if (seen.has(key)) issue('month', 'DUPLICATE_IN_FILE', `与第 ${seen.get(key)} 行是同一账户同一月份`);
      else seen.set(key, rowNumber);
    }
    if (errors.some((e) => e.row === rowNumber) || !account) return;
    rows.push({ row: rowNumber, account, month, closingBalance: balance, note });
  });
  await run.progress({ done: table.rows.length });
  return { rows, errors };
}

/** The regions the submitter may import for, by name and by id, and every fund account of the fund (its own and others', to tell a wrong region). */
async function reachable(run: JobRun): Promise<{ regions: Map<string, string>; accounts: FundAccount[] }> {
  const all = await run.reader.getRepository(Region).find();
  const mine = all.filter((r) => run.owner.regionIds.includes(r.id));
  const regions = new Map<string, string>(mine.flatMap((r) => [[r.name, r.id] as [string, string], [r.id, r.id] as [string, string]]));
  const accounts = await run.reader
    .getRepository(FundAccount)
    .createQueryBuilder('a')
    .where('a.kind IN (:...kinds)', { kinds: [...FUND_ACCOUNT_KINDS] })
    .getMany();
  return { regions, accounts };
}

async function insert(em: EntityManager, run: JobRun, batch: Row[], recompute: string[]): Promise<void> {
  const scope = new Scope(em, run.owner);
  for (const r of batch) {
    scope.assertRegion(r.account.regionId);
    const saved = await writeStatement(scope, r.account, r.month, r.closingBalance, r.note);
    await recordAudit(em, run.owner, {
      operation: 'import',
      entityType: 'FundBankStatement',
      entityId: saved.id,
      regionId: r.account.regionId,
      after: { accountId: r.account.id, month: r.month, closingBalance: r.closingBalance, note: r.note, jobId: run.job.id, row: r.row },
    });
  }
  for (const regionId of recompute) await recomputeWarnings(scope, regionId, { reconcile: true });
}
