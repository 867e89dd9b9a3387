import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import { Region } from '../regions/region.entity.js';
import type { InstitutionListArgs } from './institution.args.js';
import type { Institution } from './institution.entity.js';
import { CARE_SUBTYPE_LABELS, FIELD_HEADERS, KIND_LABELS, STATE_LABELS, STATUS_LABELS } from './institution.labels.js';
import type { InstitutionService } from './institution.service.js';
import { Staff } from './staff.entity.js';

type ExportRow = Institution & { regionName: string; staffCount: number };

/** The institutions list (admin/src/institutions/InstitutionList.tsx) as a spreadsheet: its columns, in its order. */
export function institutionExport(db: Db, institutions: InstitutionService): ListExport<ExportRow> {
  return {
    resource: 'Institution',
    right: 'institution.export',
    title: '定点机构',
    filterFields: ['q', 'ids', 'kind', 'careSubtype', 'regionId', 'countyId', 'status', 'state'],
    columns: [
      { header: FIELD_HEADERS.name, width: 36, value: (r) => r.name },
      { header: FIELD_HEADERS.kind, width: 16, value: (r) => KIND_LABELS[r.kind] },
      { header: FIELD_HEADERS.careSubtype, width: 16, value: (r) => (r.careSubtype ? CARE_SUBTYPE_LABELS[r.careSubtype] : '') },
      { header: FIELD_HEADERS.creditCode, width: 22, value: (r) => r.creditCode },
      { header: FIELD_HEADERS.regionId, width: 16, value: (r) => r.regionName },
      { header: FIELD_HEADERS.status, width: 8, value: (r) => STATUS_LABELS[r.status] },
      { header: FIELD_HEADERS.state, width: 10, value: (r) => STATE_LABELS[r.state] },
      { header: FIELD_HEADERS.staffCount, width: 8, value: (r) => r.staffCount },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const args = { ...view, page, perPage } as InstitutionListArgs;
      const rows = await institutions.list(caller, args);
      return rows.length ? withNamesAndCounts(db, caller, rows) : [];
    },
  };
}

/** What the list's grid shows through DataLoaders, read once per page. */
async function withNamesAndCounts(db: Db, caller: Caller, rows: Institution[]): Promise<ExportRow[]> {
  return db.read(caller, async (scope) => {
    const regions = await scope.rows(Region, 'r').getMany();
    const names = new Map(regions.map((r) => [r.id, r.name]));
    const counts: { id: string; n: number }[] = await scope.em
      .getRepository(Staff)
      .createQueryBuilder('s')
      .select('s.institution_id', 'id')
      .addSelect('count(*)::int', 'n')
      .where('s.institution_id = ANY(:ids)', { ids: rows.map((r) => r.id) })
      .groupBy('s.institution_id')
      .getRawMany();
    const byId = new Map(counts.map((c) => [c.id, c.n]));
    return rows.map((r) => Object.assign(r, { regionName: names.get(r.regionId) ?? r.regionId, staffCount: byId.get(r.id) ?? 0 }));
  });
}
