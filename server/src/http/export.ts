import { once } from 'node:events';
import ExcelJS from 'exceljs';
import type { Request, Response, Router } from 'express';
import type { Db } from '../common/db.js';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { MAX_PER_PAGE, SortOrder } from '../common/list-args.js';
import type { ExportColumn, ListExport, ListView } from '../common/list-export.js';
import { recordAudit } from '../modules/audit/audit.service.js';
import { attachment, authorize, type CallerOf, sendError } from './http-errors.js';

/**
 * GET /export/:resource?filter={json}&sortField=&sortOrder= with the Bearer token: the list as it
 * is filtered and sorted now, streamed as .xlsx page by page (exceljs' streaming writer), one audit
 * row per export. Streaming, not a job: the rows leave as they are read, in constant memory, and
 * the browser shows the download's progress.
 */
export function mountExports(router: Router, db: Db, callerOf: CallerOf, exports: readonly ListExport<never>[]): void {
  const byResource = new Map<string, ListExport<never>>(exports.map((e) => [e.name ?? e.resource, e]));
  router.get('/export/:resource', async (req: Request, res: Response) => {
    try {
      const definition = byResource.get(String(req.params.resource));
      if (!definition) throw new NotFoundError('导出', String(req.params.resource));
      const caller = await authorize(callerOf, req, definition.right);
      const view = listView(req, definition.filterFields);
      // the first page before the headers: bad filter or sort answers 400, not a broken file
      const first = await definition.page(caller, view, 0, MAX_PER_PAGE);
      await db.write(caller, `export${definition.resource}`, (scope) =>
        recordAudit(scope.em, caller, {
          operation: 'export',
          entityType: definition.resource,
          entityId: 'list',
          regionId:
            typeof view.filter.regionId === 'string' ? view.filter.regionId : caller.regionIds.length === 1 ? caller.regionIds[0] : null,
          after: auditedView(view, definition.secretFilters),
        }),
      );
      res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('content-disposition', attachment(`${definition.title}-${new Date().toISOString().slice(0, 10)}.xlsx`));
      await writeWorkbook(res, definition.title, columnsOf(definition, view), first, (page) =>
        definition.page(caller, view, page, MAX_PER_PAGE),
      );
    } catch (error) {
      sendError(res, error);
    }
  });
}

/** The export's columns for this view (a ranking's come from its region and year's template). */
function columnsOf<Row>(definition: ListExport<Row>, view: ListView): readonly ExportColumn<Row>[] {
  return typeof definition.columns === 'function' ? definition.columns(view) : definition.columns;
}

async function writeWorkbook<Row>(
  res: Response,
  title: string,
  columns: readonly ExportColumn<Row>[],
  first: Row[],
  page: (n: number) => Promise<Row[]>,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let rows = first;
  for (let n = 1; rows.length; n++) {
    for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? '')).commit();
    // let a slow client drain the socket before reading more rows
    if (res.writableNeedDrain) await once(res, 'drain');
    rows = rows.length < MAX_PER_PAGE ? [] : await page(n);
  }
  sheet.commit();
  await workbook.commit();
}

/** The view as the audit row keeps it: a secret filter's value (a full ID number) is not recorded. */
function auditedView(view: ListView, secret: readonly string[] = []): ListView {
  if (!secret.some((field) => field in view.filter)) return view;
  const filter = Object.fromEntries(Object.entries(view.filter).map(([k, v]) => [k, secret.includes(k) ? '（已隐去）' : v]));
  return { ...view, filter };
}

/** react-admin's filter and sort from the query string, checked: no unknown field passes silently. */
function listView(req: Request, filterFields: readonly string[]): ListView {
  const errors: Record<string, string> = {};
  let filter: Record<string, unknown> = {};
  const text = typeof req.query.filter === 'string' ? req.query.filter : '{}';
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    filter = parsed as Record<string, unknown>;
  } catch {
    errors.filter = '筛选条件应为 JSON 对象';
  }
  for (const [field, value] of Object.entries(filter)) {
    // a number filter (a year) comes as the list holds it: a number; a switch (e.g. "open only") as a boolean
    const ok = Array.isArray(value)
      ? value.every((v) => typeof v === 'string')
      : typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
    if (!filterFields.includes(field) || !ok) errors[`filter.${field}`] = `不能按该条件筛选：${field}`;
  }
  const sortField = typeof req.query.sortField === 'string' && req.query.sortField ? req.query.sortField : undefined;
  const order = typeof req.query.sortOrder === 'string' ? req.query.sortOrder.toUpperCase() : undefined;
  if (order && order !== SortOrder.ASC && order !== SortOrder.DESC) errors.sortOrder = '排序方向应为 ASC 或 DESC';
  if (Object.keys(errors).length) throw new BadUserInputError(errors);
  return { filter, sortField, sortOrder: order as SortOrder | undefined };
}
