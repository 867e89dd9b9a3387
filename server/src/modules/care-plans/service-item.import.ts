import { type ServiceItem, serviceItemIssues } from '@ltci/shared';
import ExcelJS from 'exceljs';
import { readTableFile, TableFileError } from '../../common/table-file.js';
import { recordAudit } from '../audit/audit.service.js';
import type { JobIssue } from '../jobs/job.entity.js';
import type { JobHandler, JobOutcome, JobRun } from '../jobs/job.handler.js';
import { CareServiceItem } from './service-item.entity.js';

export const SERVICE_ITEM_IMPORT = 'careServiceItem.import';
const BATCH = 500;
const MAX_REPORTED = 1000;

/** The national catalogue's columns (国家长护险服务项目目录): code, category, name, content. */
export const SERVICE_ITEM_HEADERS: Record<keyof ServiceItem, string> = {
  code: '项目编码',
  category: '项目类别',
  name: '项目名称',
  content: '服务内容',
};
const COLUMNS = Object.keys(SERVICE_ITEM_HEADERS) as (keyof ServiceItem)[];

export async function serviceItemTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('服务项目目录');
  sheet.columns = COLUMNS.map((c) => ({ header: SERVICE_ITEM_HEADERS[c], width: c === 'content' ? 60 : 16 }));
  sheet.getRow(1).font = { bold: true };
  const notes = workbook.addWorksheet('填写说明');
  notes.addRows([
    ['列', '可填写的值'],
    [SERVICE_ITEM_HEADERS.code, '1–20 位字母、数字，如 A01'],
    ['', '导入后，文件中没有的演示项目停用；任何一行有错误时整份文件都不会导入；同一份文件只导入一次。'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Import the official catalogue: every row checked (code, category, name, content; no code twice);
 * only a file without a single error is written, its rows upserted as official, in batches that
 * commit with their checkpoint; the last step retires the demo rows the file does not contain.
 */
export const serviceItemImport: JobHandler = {
  kind: SERVICE_ITEM_IMPORT,
  async run(run: JobRun): Promise<JobOutcome> {
    if (!run.input) return { errors: [{ code: 'NO_FILE', message: '任务没有文件' }] };
    const { rows, errors } = await parse(run, run.input);
    if (errors.length) return { errors: errors.slice(0, MAX_REPORTED) };
    let next = Number(run.checkpoint?.next ?? 0);
    await run.progress({ phase: 'import', done: next, total: rows.length });
    while (next < rows.length) {
      const batch = rows.slice(next, next + BATCH);
      next += batch.length;
      await run.step(
        async (em) => {
          await em
            .createQueryBuilder()
            .insert()
            .into(CareServiceItem)
            .values(
              batch.map((r) => ({
                id: r.code,
                category: r.category,
                name: r.name,
                content: r.content,
                demo: false,
                active: true,
                jobId: run.job.id,
              })),
            )
            .orUpdate(['category', 'name', 'content', 'demo', 'active', 'job_id', 'updated_at'], ['code'])
            .execute();
        },
        { phase: 'import', done: next, checkpoint: { next } },
      );
    }
    let retired = 0;
    await run.step(
      async (em) => {
        const result = await em.query(
          'UPDATE care_service_items SET active = false, updated_at = now() WHERE demo AND active AND NOT (code = ANY($1)) RETURNING code',
          [rows.map((r) => r.code)],
        );
        retired = (result[0] as unknown[]).length;
        await recordAudit(em, run.owner, {
          operation: 'import',
          entityType: 'CareServiceItem',
          entityId: run.job.id,
          after: { jobId: run.job.id, rows: rows.length, retiredDemo: retired },
        });
      },
      { phase: 'import', done: rows.length, checkpoint: { next, retired: true } },
    );
    return { result: { rows: rows.length, retiredDemo: retired } };
  },
};

async function parse(run: JobRun, bytes: Buffer): Promise<{ rows: ServiceItem[]; errors: JobIssue[] }> {
  await run.progress({ phase: 'validate', done: 0, total: 0 });
  let table: Awaited<ReturnType<typeof readTableFile>>;
  try {
    table = await readTableFile(bytes);
  } catch (error) {
    if (error instanceof TableFileError) return { rows: [], errors: [{ code: error.code, message: error.message }] };
    throw error;
  }
  const missing = COLUMNS.filter((c) => !table.header.includes(SERVICE_ITEM_HEADERS[c]));
  if (missing.length)
    return {
      rows: [],
      errors: missing.map((c) => ({
        row: 1,
        column: SERVICE_ITEM_HEADERS[c],
        code: 'MISSING_COLUMN',
        message: `缺少列：${SERVICE_ITEM_HEADERS[c]}`,
      })),
    };
  if (!table.rows.length) return { rows: [], errors: [{ row: 2, code: 'NO_ROWS', message: '文件中没有服务项目' }] };
  const at = new Map(COLUMNS.map((c) => [c, table.header.indexOf(SERVICE_ITEM_HEADERS[c])]));
  const errors: JobIssue[] = [];
  const rows: ServiceItem[] = [];
  const seen = new Map<string, number>();
  for (const [i, raw] of table.rows.entries()) {
    const rowNumber = i + 2;
    const row = Object.fromEntries(COLUMNS.map((c) => [c, (raw[at.get(c) as number] ?? '').trim()])) as unknown as ServiceItem;
    for (const issue of serviceItemIssues(row))
      errors.push({
        row: rowNumber,
        column: SERVICE_ITEM_HEADERS[issue.path as keyof ServiceItem],
        code: issue.code,
        message: issue.message,
      });
    const earlier = seen.get(row.code);
    if (row.code && earlier)
      errors.push({ row: rowNumber, column: SERVICE_ITEM_HEADERS.code, code: 'DUPLICATE_IN_FILE', message: `与第 ${earlier} 行编码相同` });
    else seen.set(row.code, rowNumber);
    rows.push(row);
  }
  await run.progress({ done: table.rows.length });
  return { rows, errors };
}
