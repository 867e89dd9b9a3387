import type { AuditEntityType, RightId } from '@ltci/shared';
import type { Caller } from './context.js';
import type { SortOrder } from './list-args.js';

/** One column of a list's export: its Chinese header and how a row shows in it. */
export interface ExportColumn<Row> {
  header: string;
  width?: number;
  value(row: Row): string | number | Date | null | undefined;
}

/** A list's current view, as the dashboard sends it: react-admin's filter and sort. */
export interface ListView {
  filter: Record<string, unknown>;
  sortField?: string;
  sortOrder?: SortOrder;
}

/**
 * How a list exports: its columns, and a page of its rows read through the list's own service
 * query (filter, sort and region scope as the list applies them). The exporter pages through it,
 * so no export holds more than one page in memory.
 */
export interface ListExport<Row> {
  /** The list's resource, as the audit trail names an export of it. */
  resource: AuditEntityType;
  right: RightId;
  /** The export's address (`/export/:name`) when it is not the resource's list, e.g. a ranking. */
  name?: string;
  /** The sheet's and the file's name. */
  title: string;
  /** Filter fields the list accepts (anything else is BAD_USER_INPUT, not silently ignored). */
  filterFields: readonly string[];
  /** The columns, or the columns of the view (a ranking's categories come from the template of its region and year). */
  columns: readonly ExportColumn<Row>[] | ((view: ListView) => readonly ExportColumn<Row>[]);
  /** Filter fields the audit row records only as given, not their value (e.g. a full ID number). */
  secretFilters?: readonly string[];
  page(caller: Caller, view: ListView, page: number, perPage: number): Promise<Row[]>;
}
