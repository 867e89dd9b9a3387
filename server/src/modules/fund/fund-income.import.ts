import {
  D,
  type DecidedPosting,
  decidePosting,
  type InsuredCategory,
  isIsoDate,
  type LedgerAccount,
  money,
  type PostingInput,
  type Trace,
} from '@ltci/shared';
import ExcelJS from 'exceljs';
import type { EntityManager } from 'typeorm';
import { Scope } from '../../common/scope.js';
import { readTableFile, TableFileError } from '../../common/table-file.js';
import { recordAudit } from '../audit/audit.service.js';
import type { JobIssue } from '../jobs/job.entity.js';
import type { JobHandler, JobOutcome, JobRun } from '../jobs/job.handler.js';
import { Region } from '../regions/region.entity.js';
import { FundAccount } from './fund-account.entity.js';
import { writePosting } from './fund-ledger.js';
import { recomputeWarnings } from './fund-warnings.js';

export const FUND_INCOME_IMPORT = 'fund.incomeImport';
/** Rows per transaction: each batch and its checkpoint commit together. */
const BATCH = 200;
const MAX_REPORTED = 1000;

const HEADERS = {
  regionId: '统筹地区',
  date: '到账日期',
  insuredCategory: '参保类别',
  amount: '金额（元）',
  reference: '征缴批次号',
  memo: '备注',
} as const;
type Column = keyof typeof HEADERS;
const REQUIRED: Column[] = ['regionId', 'date', 'insuredCategory', 'amount', 'reference'];

/** Qinhuangdao art. 10–11, 51: what the tax authority collects for, by insured category. */
export const INSURED_CATEGORY_LABELS: Record<InsuredCategory, string> = {
  employee: '职工',
  retiree: '退休人员',
  flexible: '灵活就业人员',
  resident: '城乡居民',
  minor: '未成年人',
};

/** The template of the collection system's monthly file: the headers and one example row. */
export async function fundIncomeTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('税务征缴收入');
  sheet.columns = (Object.keys(HEADERS) as Column[]).map((c) => ({ header: HEADERS[c], width: c === 'memo' ? 30 : 18 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(['秦皇岛市', '2026-11-10', '职工', '820000.00', 'SW-202611-001（请删除本行）', '11月职工征缴']);
  const notes = workbook.addWorksheet('填写说明');
  notes.addRows([
    ['列', '可填写的值'],
    [HEADERS.insuredCategory, Object.values(INSURED_CATEGORY_LABELS).join('、')],
    [HEADERS.reference, '征缴系统的批次号或凭证号，每个统筹地区只导入一次'],
    ['', '任何一行有错误时整份文件都不会导入；同一份文件只导入一次。'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface Row {
  row: number;
  decided: DecidedPosting;
  trace: Trace;
  reference: string;
}

/**
 * Import the tax authority's collection file (Qinhuangdao art. 51): every row a tax collection
 * decided by the ledger's own rule into the special account; only a file without a single error is
 * written, in batches that commit with their checkpoint; a batch reference (征缴批次号) imports once
 * per region, whichever file carries it.
 */
export const fundIncomeImport: JobHandler = {
  kind: FUND_INCOME_IMPORT,
  async run(run: JobRun): Promise<JobOutcome> {
    if (!run.input) return { errors: [{ code: 'NO_FILE', message: '任务没有文件' }] };
    const { rows, errors } = await parse(run, run.input);
    if (errors.length) return { errors: errors.slice(0, MAX_REPORTED) };
    let next = Number(run.checkpoint?.next ?? 0);
    await run.progress({ phase: 'import', done: next, total: rows.length });
    const regions = [...new Set(rows.map((r) => r.decided.regionId))];
    while (next < rows.length) {
      const batch = rows.slice(next, next + BATCH);
      next += batch.length;
      // the warnings are recomputed once, with the last batch, in its transaction
      const recompute = next >= rows.length ? regions : [];
      await run.step((em) => insert(em, run, batch, recompute), { phase: 'import', done: next, checkpoint: { next } });
    }
    const total = money(rows.reduce((sum, r) => sum.plus(r.decided.amount), new D(0)));
    return { result: { imported: rows.length, total } };
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
  if (!table.rows.length) return { rows: [], errors: [{ row: 2, code: 'NO_ROWS', message: '文件中没有收入数据' }] };
  await run.progress({ total: table.rows.length });
  const { regions, accounts } = await reachable(run);
  const cell = (row: string[], c: Column) => (index.has(c) ? (row[index.get(c)!] ?? '').trim() : '');
  const errors: JobIssue[] = [];
  const rows: Row[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((cells, i) => {
    const rowNumber = i + 2;
    const issue = (c: Column | null, code: string, message: string) =>
      errors.push({ row: rowNumber, ...(c ? { column: HEADERS[c] } : {}), code, message });
    const regionText = cell(cells, 'regionId');
    const regionId = regions.get(regionText);
    if (!regionId) {
      issue('regionId', 'REGION_NOT_ALLOWED', `统筹地区不存在或无权导入：${regionText || '（空）'}`);
      return;
    }
    const categoryText = cell(cells, 'insuredCategory');
    const category = (Object.keys(INSURED_CATEGORY_LABELS) as InsuredCategory[]).find(
      (k) => INSURED_CATEGORY_LABELS[k] === categoryText || k === categoryText,
    );
    if (!category) issue('insuredCategory', 'UNKNOWN_VALUE', `参保类别应为：${Object.values(INSURED_CATEGORY_LABELS).join('、')}`);
    const date = cell(cells, 'date').replaceAll('/', '-');
    if (!isIsoDate(date)) issue('date', 'INVALID_DATE', `到账日期应为 YYYY-MM-DD，实为 ${cell(cells, 'date') || '（空）'}`);
    const reference = cell(cells, 'reference');
    if (!reference) issue('reference', 'REQUIRED', '请填写征缴批次号');
    else if ([...reference].length > 100) issue('reference', 'OUT_OF_RANGE', '征缴批次号最多100字');
    const key = `${regionId}/${reference}`;
    if (reference && seen.has(key)) issue('reference', 'DUPLICATE_IN_FILE', `与第 ${seen.get(key)} 行的征缴批次号重复`);
    else if (reference) seen.set(key, rowNumber);
    const own = accounts.get(regionId)!;
    const input: PostingInput = {
      regionId,
      kind: 'collection',
      date,
      insuredCategory: category ?? 'employee',
      memo: [`征缴批次 ${reference}`, cell(cells, 'memo')].filter(Boolean).join('：').slice(0, 500),
      lines: [
        { accountId: own.special, side: 'debit', amount: cell(cells, 'amount').replaceAll(',', '') },
        { accountId: own.tax, side: 'credit', amount: cell(cells, 'amount').replaceAll(',', '') },
      ],
    };
    if (!category || !isIsoDate(date)) return;
    const decided = decidePosting(input, own.list, run.owner);
    if (!decided.ok) {
      // the two lines carry the same amount: one issue for the row's amount
      const codes = new Set<string>();
      for (const found of decided.issues) {
        if (codes.has(found.code)) continue;
        codes.add(found.code);
        issue(found.path.includes('amount') ? 'amount' : found.path === 'date' ? 'date' : null, found.code, found.message);
      }
      return;
    }
    rows.push({ row: rowNumber, decided: decided.value, trace: decided.trace, reference });
  });
  // a resumed run has imported some of these itself: they passed this check before its first batch
  if (!run.checkpoint) {
    const keys = [...seen.keys()];
    const found: { key: string }[] = keys.length
      ? await run.reader.query(
          `SELECT region_id || '/' || import_key AS key FROM fund_postings WHERE import_key IS NOT NULL AND region_id || '/' || import_key = ANY($1)`,
          [keys],
        )
      : [];
    for (const f of found)
      errors.push({
        row: seen.get(f.key)!,
        column: HEADERS.reference,
        code: 'ALREADY_IMPORTED',
        message: `征缴批次号已导入：${f.key.slice(f.key.indexOf('/') + 1)}`,
      });
  }
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  await run.progress({ done: table.rows.length });
  return { rows, errors };
}

interface RegionAccounts {
  special: string;
  tax: string;
  list: LedgerAccount[];
}

/** The regions the submitter may post to, by name and by id, with their special and tax-authority accounts. */
async function reachable(run: JobRun): Promise<{ regions: Map<string, string>; accounts: Map<string, RegionAccounts> }> {
  const all = await run.reader.getRepository(Region).find();
  const mine = all.filter((r) => run.owner.regionIds.includes(r.id));
  const regions = new Map<string, string>(mine.flatMap((r) => [[r.name, r.id] as [string, string], [r.id, r.id] as [string, string]]));
  const rows = await run.reader
    .getRepository(FundAccount)
    .createQueryBuilder('a')
    .where('a.region_id IN (:...ids)', { ids: mine.length ? mine.map((r) => r.id) : [''] })
    .andWhere("a.kind IN ('special', 'taxAuthority')")
    .getMany();
  const accounts = new Map<string, RegionAccounts>();
  for (const r of mine) {
    const list = rows.filter((a) => a.regionId === r.id).map((a) => ({ id: a.id, regionId: a.regionId, kind: a.kind }));
    accounts.set(r.id, {
      special: list.find((a) => a.kind === 'special')?.id ?? '',
      tax: list.find((a) => a.kind === 'taxAuthority')?.id ?? '',
      list,
    });
  }
  return { regions, accounts };
}

async function insert(em: EntityManager, run: JobRun, batch: Row[], recompute: string[]): Promise<void> {
  const scope = new Scope(em, run.owner);
  for (const r of batch) {
    const saved = await writePosting(scope, r.decided, r.trace, { importKey: r.reference, recompute: false });
    await recordAudit(em, run.owner, {
      operation: 'import',
      entityType: 'FundPosting',
      entityId: saved.id,
      regionId: saved.regionId,
      after: { ...saved, lines: r.decided.lines, jobId: run.job.id, row: r.row },
    });
  }
  for (const regionId of recompute) await recomputeWarnings(scope, regionId);
}
