import { createHash } from 'node:crypto';
import { institutionRecordIssues } from '@ltci/shared';
import ExcelJS from 'exceljs';
import type { EntityManager } from 'typeorm';
import { reachOf } from '../../common/scope.js';
import { readTableFile, TableFileError } from '../../common/table-file.js';
import { recordAudit } from '../audit/audit.service.js';
import type { JobIssue } from '../jobs/job.entity.js';
import type { JobHandler, JobOutcome, JobRun } from '../jobs/job.handler.js';
import { Region } from '../regions/region.entity.js';
import { Institution } from './institution.entity.js';
import { CARE_SUBTYPE_LABELS, FIELD_HEADERS, KIND_LABELS } from './institution.labels.js';
import { type InstitutionDraft, normalise } from './institution.rules.js';
import { InstitutionStatus } from './institution-enums.js';

export const INSTITUTION_IMPORT = 'institution.import';
/** Rows per transaction: each batch and its checkpoint commit together. */
const BATCH = 200;
const MAX_REPORTED = 1000;

/** The template's columns, in order; a file may order them differently but must have each. */
const COLUMNS = ['kind', 'careSubtype', 'name', 'creditCode', 'legalRepresentative', 'address', 'regionId'] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED_HEADERS = COLUMNS.filter((c) => c !== 'careSubtype');

/** The job key: the same file imports once, whoever sends it again. */
export const fileKey = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The template to fill in: the headers and two example rows. */
export async function importTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('定点机构导入');
  sheet.columns = COLUMNS.map((c) => ({ header: FIELD_HEADERS[c], width: c === 'address' ? 36 : 20 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([
    '护理服务机构',
    '养老机构',
    '示例颐养院（请删除本行）',
    '91130300MA0000000X',
    '张三',
    '秦皇岛市海港区示例路1号',
    '秦皇岛市',
  ]);
  const notes = workbook.addWorksheet('填写说明');
  notes.addRows([
    ['列', '可填写的值'],
    [FIELD_HEADERS.kind, Object.values(KIND_LABELS).join('、')],
    [FIELD_HEADERS.careSubtype, `${Object.values(CARE_SUBTYPE_LABELS).join('、')}（仅护理服务机构填写）`],
    [FIELD_HEADERS.regionId, '统筹地区名称，如 秦皇岛市'],
    ['', '任何一行有错误时整份文件都不会导入；同一份文件只导入一次。'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface Parsed {
  drafts: InstitutionDraft[];
  errors: JobIssue[];
}

/**
 * Import institutions: validate every row (the shared record rule, region, duplicates), and only
 * a file without a single error is written, in batches that each commit with their checkpoint,
 * so a run killed half way resumes at the next batch and ends with the same rows.
 */
export const institutionImport: JobHandler = {
  kind: INSTITUTION_IMPORT,
  async run(run: JobRun): Promise<JobOutcome> {
    if (!run.input) return { errors: [{ code: 'NO_FILE', message: '任务没有文件' }] };
    const { drafts, errors } = await parse(run, run.input);
    if (errors.length) return { errors: errors.slice(0, MAX_REPORTED) };
    let next = Number(run.checkpoint?.next ?? 0);
    await run.progress({ phase: 'import', done: next, total: drafts.length });
    while (next < drafts.length) {
      const batch = drafts.slice(next, next + BATCH);
      next += batch.length;
      await run.step((em) => insert(em, run, batch), { phase: 'import', done: next, checkpoint: { next } });
    }
    return { result: { imported: drafts.length } };
  },
};

async function parse(run: JobRun, bytes: Buffer): Promise<Parsed> {
  await run.progress({ phase: 'validate', done: 0, total: 0 });
  let table: Awaited<ReturnType<typeof readTableFile>>;
  try {
    table = await readTableFile(bytes);
  } catch (error) {
    if (error instanceof TableFileError) return { drafts: [], errors: [{ code: error.code, message: error.message }] };
    throw error;
  }
  const index = new Map<Column, number>();
  for (const c of COLUMNS) {
    const at = table.header.indexOf(FIELD_HEADERS[c]);
    if (at >= 0) index.set(c, at);
  }
  const missing = REQUIRED_HEADERS.filter((c) => !index.has(c));
  if (missing.length) {
    return {
      drafts: [],
      errors: missing.map((c) => ({ row: 1, column: FIELD_HEADERS[c], code: 'MISSING_COLUMN', message: `缺少列：${FIELD_HEADERS[c]}` })),
    };
  }
  if (!table.rows.length) return { drafts: [], errors: [{ row: 2, code: 'NO_ROWS', message: '文件中没有机构数据' }] };
  await run.progress({ total: table.rows.length });
  const regions = await regionsByName(run);
  const cell = (row: string[], c: Column) => (index.has(c) ? (row[index.get(c)!] ?? '').trim() : '');
  const errors: JobIssue[] = [];
  const drafts: InstitutionDraft[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const rowNumber = i + 2;
    const issue = (c: Column, code: string, message: string) => errors.push({ row: rowNumber, column: FIELD_HEADERS[c], code, message });
    const kind = byLabel(KIND_LABELS, cell(row, 'kind'));
    const careSubtype = byLabel(CARE_SUBTYPE_LABELS, cell(row, 'careSubtype'));
    const regionText = cell(row, 'regionId');
    const regionId = regions.get(regionText) ?? null;
    const draft = normalise({
      kind: kind as InstitutionDraft['kind'],
      careSubtype: (careSubtype ?? null) as InstitutionDraft['careSubtype'],
      name: cell(row, 'name'),
      creditCode: cell(row, 'creditCode'),
      legalRepresentative: cell(row, 'legalRepresentative'),
      address: cell(row, 'address'),
      regionId: regionId as string,
      status: InstitutionStatus.active,
    });
    // a value the file spells wrongly is reported once, as such, not also as missing
    const unknown = new Set<string>();
    const unknownValue = (c: Column, message: string, code = 'UNKNOWN_VALUE') => {
      unknown.add(c);
      issue(c, code, message);
    };
    if (cell(row, 'kind') && !kind) unknownValue('kind', `机构类型应为：${Object.values(KIND_LABELS).join('、')}`);
    if (cell(row, 'careSubtype') && !careSubtype)
      unknownValue('careSubtype', `护理机构类别应为：${Object.values(CARE_SUBTYPE_LABELS).join('、')}`);
    if (regionText && !regionId) unknownValue('regionId', `统筹地区不存在或无权导入：${regionText}`, 'REGION_NOT_ALLOWED');
    for (const found of institutionRecordIssues(draft)) {
      if (!unknown.has(found.path)) issue(found.path as Column, found.code, found.message);
    }
    const earlier = draft.creditCode ? seen.get(draft.creditCode) : undefined;
    if (earlier) issue('creditCode', 'DUPLICATE_IN_FILE', `与第 ${earlier} 行的统一社会信用代码重复`);
    else if (draft.creditCode) seen.set(draft.creditCode, rowNumber);
    drafts.push(draft);
  });
  // a resumed run has imported some of these itself: they passed this check before its first batch
  const existing = run.checkpoint ? [] : await existingCodes(run, [...seen.keys()], seen);
  for (const [code, rowNumber] of existing) {
    errors.push({ row: rowNumber, column: FIELD_HEADERS.creditCode, code: 'ALREADY_EXISTS', message: `统一社会信用代码已存在：${code}` });
  }
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  await run.progress({ done: table.rows.length });
  return { drafts, errors };
}

/**
 * The regions the submitter may import into, by name and by id: those they hold whole. The file
 * has no county column, so its rows are city-level, which a county user may not write (scope.ts).
 */
async function regionsByName(run: JobRun): Promise<Map<string, string>> {
  const rows = await run.reader.getRepository(Region).find();
  const whole = reachOf(run.owner).wholeRegions;
  const allowed = rows.filter((r) => whole.includes(r.id));
  return new Map(
    allowed.flatMap(
      (r) =>
        [
          [r.name, r.id],
          [r.id, r.id],
        ] as [string, string][],
    ),
  );
}

async function existingCodes(run: JobRun, codes: string[], rows: Map<string, number>): Promise<[string, number][]> {
  if (!codes.length) return [];
  const found: { code: string }[] = await run.reader.query('SELECT credit_code AS code FROM institutions WHERE credit_code = ANY($1)', [
    codes,
  ]);
  return found.map((f) => [f.code, rows.get(f.code)!]);
}

async function insert(em: EntityManager, run: JobRun, batch: InstitutionDraft[]): Promise<void> {
  const saved = await em.save(batch.map((d) => em.create(Institution, d)));
  for (const institution of saved) {
    await recordAudit(em, run.owner, {
      operation: 'import',
      entityType: 'Institution',
      entityId: institution.id,
      regionId: institution.regionId,
      after: { ...institution, jobId: run.job.id },
    });
  }
}

function byLabel<E extends string>(labels: Record<E, string>, text: string): E | undefined {
  if (!text) return undefined;
  const entries = Object.entries(labels) as [E, string][];
  return entries.find(([code, label]) => label === text || code === text)?.[0];
}
