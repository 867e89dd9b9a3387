import ExcelJS from 'exceljs';
import { Scope } from '../../common/scope.js';
import { readTableFile, TableFileError } from '../../common/table-file.js';
import { Claimant } from '../claimants/claimant.entity.js';
import { idNumberHash } from '../claimants/claimant-identity.js';
import { Institution } from '../institutions/institution.entity.js';
import type { JobIssue } from '../jobs/job.entity.js';
import type { JobHandler, JobOutcome, JobRun } from '../jobs/job.handler.js';
import type { DeclaredRecordInput } from './declaration.args.js';
import { openDeclaration, submitRecords } from './declaration.submit.js';

export const DECLARATION_IMPORT = 'declaration.recordsImport';
const MAX_REPORTED = 1000;

/** The institution's monthly service file (Qinhuangdao art. 55): one row per home visit or run of care days. */
export const DECLARATION_HEADERS = {
  creditCode: '机构统一社会信用代码',
  month: '服务月份',
  key: '记录编号',
  kind: '类别',
  idNumber: '参保人身份证号码',
  carers: '护理人员编号',
  start: '开始时间',
  end: '结束时间',
  from: '起始日',
  to: '截止日',
  checkIn: '签到位置',
  items: '服务项目',
  care: '护理费',
  bed: '床位费',
  meals: '餐费',
} as const;
type Column = keyof typeof DECLARATION_HEADERS;
const COLUMNS = Object.keys(DECLARATION_HEADERS) as Column[];
const REQUIRED: Column[] = ['creditCode', 'month', 'key', 'kind', 'idNumber', 'carers', 'items'];
const KINDS: Record<string, 'homeVisit' | 'careDays'> = {
  上门服务: 'homeVisit',
  护理天数: 'careDays',
  homeVisit: 'homeVisit',
  careDays: 'careDays',
};

export async function declarationTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('服务申报');
  sheet.columns = COLUMNS.map((c) => ({ header: DECLARATION_HEADERS[c], width: c === 'creditCode' || c === 'idNumber' ? 22 : 16 }));
  sheet.getRow(1).font = { bold: true };
  const notes = workbook.addWorksheet('填写说明');
  notes.addRows([
    ['列', '可填写的值'],
    [DECLARATION_HEADERS.kind, '上门服务、护理天数'],
    [DECLARATION_HEADERS.start, '上门服务：YYYY-MM-DD HH:mm'],
    [DECLARATION_HEADERS.from, '护理天数：YYYY-MM-DD（截止日含当天）'],
    [DECLARATION_HEADERS.carers, '护理人员登记编号，多人用“;”分隔（上门服务一人）'],
    [DECLARATION_HEADERS.checkIn, '纬度,经度，如 39.935,119.600'],
    [DECLARATION_HEADERS.items, '服务项目编码，多项用“;”分隔'],
    ['', '同一记录编号再次导入即替换（申报确认前）；任何一行有错误时整份文件都不会导入。'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface Row {
  rowNumber: number;
  creditCode: string;
  month: string;
  idNumber: string;
  input: DeclaredRecordInput;
}

/** Thrown inside the step to roll back a file with a refused row: nothing of it is written. */
class Refused extends Error {}

/**
 * Import a declaration file as a job: rows grouped by institution and month, each group submitted
 * as one batch through the same checks as `submitDeclaredRecords`; one transaction for the whole
 * file, so any refused row (reported with its row number and code) leaves nothing written.
 */
export const declarationImport: JobHandler = {
  kind: DECLARATION_IMPORT,
  async run(run: JobRun): Promise<JobOutcome> {
    if (run.checkpoint?.done) return { result: run.checkpoint.result as Record<string, unknown> };
    if (!run.input) return { errors: [{ code: 'NO_FILE', message: '任务没有文件' }] };
    const { rows, errors } = await parse(run, run.input);
    if (errors.length) return { errors: errors.slice(0, MAX_REPORTED) };
    const refused: JobIssue[] = [];
    const groups = new Map<string, Row[]>();
    for (const r of rows) groups.set(`${r.creditCode}|${r.month}`, [...(groups.get(`${r.creditCode}|${r.month}`) ?? []), r]);
    const result = { rows: rows.length, declarations: groups.size };
    try {
      await run.step(
        async (em) => {
          const scope = new Scope(em, run.owner);
          for (const group of groups.values()) {
            const [first] = group;
            const found: { id: string }[] = await scope
              .rows(Institution, 'i')
              .andWhere('i.credit_code = :code', { code: first.creditCode })
              .getMany();
            if (!found.length) {
              for (const r of group)
                refused.push({
                  row: r.rowNumber,
                  column: DECLARATION_HEADERS.creditCode,
                  code: 'UNKNOWN_INSTITUTION',
                  message: '没有该机构',
                });
              continue;
            }
            const hashes = await Promise.all(group.map((r) => idNumberHash(em, r.idNumber)));
            const claimants: { id: string; hash: string }[] = await scope
              .rows(Claimant, 'c')
              .select('c.id', 'id')
              .addSelect('c.id_number_hash', 'hash')
              .andWhere('c.id_number_hash = ANY(:hashes)', { hashes })
              .getRawMany();
            const byHash = new Map(claimants.map((c) => [c.hash, c.id]));
            const inputs = group.map((r, i) => ({
              ...r.input,
              claimantId: byHash.get(hashes[i]) ?? '00000000-0000-4000-8000-000000000000',
            }));
            const declaration = await openDeclaration(scope, run.owner, found[0].id, first.month);
            const { verdicts } = await submitRecords(scope, run.owner, declaration, inputs);
            for (const v of verdicts)
              if (!v.accepted) refused.push({ row: group[v.index].rowNumber, code: v.codes[0], message: v.messages.join('；') });
          }
          if (refused.length) throw new Refused();
        },
        { phase: 'import', done: rows.length, checkpoint: { done: true, result } },
      );
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      return { errors: refused.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)).slice(0, MAX_REPORTED) };
    }
    return { result };
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
  for (const c of COLUMNS) if (table.header.includes(DECLARATION_HEADERS[c])) index.set(c, table.header.indexOf(DECLARATION_HEADERS[c]));
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length)
    return {
      rows: [],
      errors: missing.map((c) => ({
        row: 1,
        column: DECLARATION_HEADERS[c],
        code: 'MISSING_COLUMN',
        message: `缺少列：${DECLARATION_HEADERS[c]}`,
      })),
    };
  if (!table.rows.length) return { rows: [], errors: [{ row: 2, code: 'NO_ROWS', message: '文件中没有申报记录' }] };
  await run.progress({ total: table.rows.length });
  const cell = (row: string[], c: Column) => (index.has(c) ? (row[index.get(c) as number] ?? '').trim() : '');
  const list = (text: string) =>
    text
      .split(/[;；,，]/)
      .map((s) => s.trim())
      .filter(Boolean);
  const errors: JobIssue[] = [];
  const rows: Row[] = [];
  for (const [i, row] of table.rows.entries()) {
    const rowNumber = i + 2;
    const kind = KINDS[cell(row, 'kind')];
    if (!kind) {
      errors.push({ row: rowNumber, column: DECLARATION_HEADERS.kind, code: 'UNKNOWN_VALUE', message: '类别应为上门服务或护理天数' });
      continue;
    }
    const [lat, lng] = cell(row, 'checkIn').split(/[,，]/).map(Number);
    const lines = (['care', 'bed', 'meals'] as const).filter((c) => cell(row, c)).map((c) => ({ category: c, amount: cell(row, c) }));
    const time = (v: string) => v.replace(' ', 'T');
    rows.push({
      rowNumber,
      creditCode: cell(row, 'creditCode'),
      month: cell(row, 'month'),
      idNumber: cell(row, 'idNumber'),
      input: {
        key: cell(row, 'key'),
        kind,
        claimantId: '',
        carerIds: list(cell(row, 'carers')),
        start: kind === 'homeVisit' ? time(cell(row, 'start')) : null,
        end: kind === 'homeVisit' ? time(cell(row, 'end')) : null,
        from: kind === 'careDays' ? cell(row, 'from') : null,
        to: kind === 'careDays' ? cell(row, 'to') : null,
        checkInLat: Number.isFinite(lat) && Number.isFinite(lng) ? lat : null,
        checkInLng: Number.isFinite(lat) && Number.isFinite(lng) ? lng : null,
        items: list(cell(row, 'items')),
        lines,
      },
    });
  }
  await run.progress({ done: table.rows.length });
  return { rows, errors };
}
