/**
 * What the bench measures: each main list of the dashboard as ra-data-graphql-simple sends it, and
 * its detail; for each, the SQL ceiling's one statement returning the same JSON, and PostGraphile's
 * equivalent query with the mapping of its answer onto ours. A module adds its lists here.
 * `$1` is always the caller's region; a detail's `$2` is the id of the first row of its list.
 */
export interface BenchCase {
  name: string;
  /** ra-data-graphql-simple's fetch type, resource and params, as the dashboard's page calls them. */
  ra: { fetch: 'GET_LIST' | 'GET_ONE'; resource: string; params: Record<string, unknown> };
  /** For a detail: the list case whose first row it opens. */
  of?: string;
  ceiling: string;
  postgraphile?: { query: string; map: (data: Record<string, unknown>) => unknown };
}

const page = (field: string, order: 'ASC' | 'DESC') => ({ pagination: { page: 1, perPage: 25 }, sort: { field, order }, filter: {} });
const ts = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const idOnly = (column: string) => `CASE WHEN ${column} IS NULL THEN NULL ELSE json_build_object('id', ${column}) END`;

const INSTITUTION_COLUMNS = `'id', i.id, 'kind', i.kind, 'careSubtype', i.care_subtype, 'name', i.name, 'creditCode', i.credit_code,
  'legalRepresentative', i.legal_representative, 'address', i.address, 'regionId', i.region_id, 'countyId', i.county_id,
  'status', i.status, 'createdAt', ${ts('i.created_at')}, 'updatedAt', ${ts('i.updated_at')},
  'floorArea', i.floor_area::text, 'tenure', i.tenure, 'leaseEndsOn', i.lease_ends_on, 'zones', i.zones,
  'managementSystems', i.management_systems, 'systemsPosted', i.systems_posted, 'homeVisitKit', i.home_visit_kit,
  'infoSystemName', i.info_system_name, 'platformConnected', i.platform_connected, 'securityPolicy', i.security_policy,
  'securityOfficer', i.security_officer, 'electronicArchives', i.electronic_archives, 'state', i.state, 'version', i.version,
  'region', json_build_object('id', i.region_id), 'county', ${idOnly('i.county_id')},
  'staffCount', (SELECT count(*) FROM staff s WHERE s.institution_id = i.id)`;
const GRAPHILE_INSTITUTION = `id kind careSubtype name creditCode legalRepresentative address regionId countyId status createdAt updatedAt
  floorArea tenure leaseEndsOn zones managementSystems systemsPosted homeVisitKit infoSystemName platformConnected securityPolicy
  securityOfficer electronicArchives state version
  regionByRegionId { id } countyByRegionIdAndCountyId { id } staffByInstitutionId { totalCount }`;
type Node = Record<string, unknown> & { staffByInstitutionId: { totalCount: number } };
const institutionNode = ({ regionByRegionId, countyByRegionIdAndCountyId, staffByInstitutionId, ...n }: Node) => ({
  ...n,
  region: regionByRegionId,
  county: countyByRegionIdAndCountyId,
  staffCount: staffByInstitutionId.totalCount,
});

const AGREEMENT_COLUMNS = `'id', a.id, 'institutionId', a.institution_id, 'regionId', a.region_id, 'countyId', a.county_id, 'number', a.number,
  'startDate', a.start_date::text, 'endDate', a.end_date::text, 'state', a.state, 'version', a.version, 'preparedBy', a.prepared_by,
  'terminationKind', a.termination_kind, 'terminationDate', a.termination_date::text,
  'createdAt', ${ts('a.created_at')}, 'updatedAt', ${ts('a.updated_at')}, 'institution', json_build_object('id', a.institution_id)`;

const POSTING_COLUMNS = `'id', p.id, 'number', p.number::text, 'regionId', p.region_id, 'kind', p.kind, 'date', p.date::text,
  'amount', p.amount::text, 'insuredCategory', p.insured_category, 'memo', p.memo, 'reversalOf', p.reversal_of,
  'postedBy', p.posted_by, 'postedByName', p.posted_by_name, 'createdAt', ${ts('p.created_at')},
  'reversedBy', (SELECT r.id FROM fund_postings r WHERE r.reversal_of = p.id)`;

/** The audit trail's scope (audit-query.service.ts), written out. */
const AUDIT_SCOPE = `(a.region_id = $1 OR (a.region_id IS NULL AND (
    NOT EXISTS (SELECT 1 FROM user_regions ur WHERE ur.user_id::text = (CASE WHEN a.entity_type = 'User' THEN a.entity_id ELSE a.user_id::text END))
    OR EXISTS (SELECT 1 FROM user_regions ur WHERE ur.user_id::text = (CASE WHEN a.entity_type = 'User' THEN a.entity_id ELSE a.user_id::text END) AND ur.region_id = $1))))`;

export const CASES: BenchCase[] = [
  {
    name: 'institutions list',
    ra: { fetch: 'GET_LIST', resource: 'Institution', params: page('name', 'ASC') },
    ceiling: `SELECT json_build_object(
      'items', coalesce((SELECT json_agg(json_build_object(${INSTITUTION_COLUMNS}) ORDER BY i.name, i.id)
                           FROM (SELECT * FROM institutions WHERE region_id = $1 ORDER BY name, id LIMIT 25) i), '[]'),
      'total', json_build_object('count', (SELECT count(*) FROM institutions WHERE region_id = $1)))`,
    postgraphile: {
      query: `query ($region: String!) { allInstitutions(first: 25, offset: 0, orderBy: [NAME_ASC, ID_ASC], condition: { regionId: $region }) {
        totalCount nodes { ${GRAPHILE_INSTITUTION} } } }`,
      map: (d) => {
        const c = d.allInstitutions as { totalCount: number; nodes: Node[] };
        return { items: c.nodes.map(institutionNode), total: { count: c.totalCount } };
      },
    },
  },
  {
    name: 'institution detail',
    of: 'institutions list',
    ra: { fetch: 'GET_ONE', resource: 'Institution', params: { id: '$2' } },
    ceiling: `SELECT json_build_object('data', (SELECT json_build_object(${INSTITUTION_COLUMNS}, 'statusTrace', i.status_trace,
      'staff', coalesce((SELECT json_agg(json_build_object('id', s.id) ORDER BY s.name, s.id) FROM staff s WHERE s.institution_id = i.id), '[]'))
      FROM institutions i WHERE i.id = $2 AND i.region_id = $1))`,
    postgraphile: {
      query: `query ($id: UUID!) { institutionById(id: $id) { ${GRAPHILE_INSTITUTION} statusTrace
        staff: staffByInstitutionId(orderBy: [NAME_ASC, ID_ASC]) { nodes { id } } } }`,
      map: (d) => {
        const { staff, ...n } = d.institutionById as Node & { staff: { nodes: unknown[] } };
        return { data: { ...institutionNode(n as Node), staff: staff.nodes } };
      },
    },
  },
  {
    name: 'agreements list',
    ra: { fetch: 'GET_LIST', resource: 'ServiceAgreement', params: page('endDate', 'ASC') },
    ceiling: `SELECT json_build_object(
      'items', coalesce((SELECT json_agg(json_build_object(${AGREEMENT_COLUMNS}) ORDER BY a.end_date, a.id)
                           FROM (SELECT * FROM service_agreements WHERE region_id = $1 ORDER BY end_date, id LIMIT 25) a), '[]'),
      'total', json_build_object('count', (SELECT count(*) FROM service_agreements WHERE region_id = $1)))`,
    postgraphile: {
      query: `query ($region: String!) { allServiceAgreements(first: 25, offset: 0, orderBy: [END_DATE_ASC, ID_ASC], condition: { regionId: $region }) {
        totalCount nodes { id institutionId regionId countyId number startDate endDate state version preparedBy terminationKind terminationDate
          createdAt updatedAt institutionByInstitutionId { id } } } }`,
      map: (d) => {
        const c = d.allServiceAgreements as { totalCount: number; nodes: Record<string, unknown>[] };
        const items = c.nodes.map(({ institutionByInstitutionId, ...n }) => ({ ...n, institution: institutionByInstitutionId }));
        return { items, total: { count: c.totalCount } };
      },
    },
  },
  {
    name: 'fund postings list',
    ra: { fetch: 'GET_LIST', resource: 'FundPosting', params: page('number', 'DESC') },
    ceiling: `SELECT json_build_object(
      'items', coalesce((SELECT json_agg(json_build_object(${POSTING_COLUMNS}) ORDER BY p.number DESC, p.id)
                           FROM (SELECT * FROM fund_postings WHERE region_id = $1 ORDER BY number DESC, id LIMIT 25) p), '[]'),
      'total', json_build_object('count', (SELECT count(*) FROM fund_postings WHERE region_id = $1)))`,
    postgraphile: {
      query: `query ($region: String!) { allFundPostings(first: 25, offset: 0, orderBy: [NUMBER_DESC, ID_ASC], condition: { regionId: $region }) {
        totalCount nodes { id number regionId kind date amount insuredCategory memo reversalOf postedBy postedByName createdAt
          reversedBy: reversingPosting { id } } } }`,
      map: (d) => {
        const c = d.allFundPostings as { totalCount: number; nodes: (Record<string, unknown> & { reversedBy: { id: string } | null })[] };
        const items = c.nodes.map(({ reversedBy, ...n }) => ({ ...n, reversedBy: reversedBy?.id ?? null }));
        return { items, total: { count: c.totalCount } };
      },
    },
  },
  {
    name: 'fund posting detail',
    of: 'fund postings list',
    ra: { fetch: 'GET_ONE', resource: 'FundPosting', params: { id: '$2' } },
    ceiling: `SELECT json_build_object('data', (SELECT json_build_object(${POSTING_COLUMNS}, 'trace', p.trace,
      'lines', coalesce((SELECT json_agg(json_build_object('id', l.id::text, 'accountId', l.account_id, 'side', l.side, 'amount', l.amount::text) ORDER BY l.id)
                 FROM fund_posting_lines l WHERE l.posting_id = p.id), '[]'))
      FROM fund_postings p WHERE p.id = $2 AND p.region_id = $1))`,
    postgraphile: {
      query: `query ($id: UUID!) { fundPostingById(id: $id) { id number regionId kind date amount insuredCategory memo reversalOf postedBy postedByName
        createdAt trace reversedBy: reversingPosting { id }
        lines: fundPostingLinesByPostingId(orderBy: [ID_ASC]) { nodes { id accountId side amount } } } }`,
      map: (d) => {
        const { reversedBy, lines, ...n } = d.fundPostingById as Record<string, unknown> & {
          reversedBy: { id: string } | null;
          lines: { nodes: Record<string, unknown>[] };
        };
        return { data: { ...n, reversedBy: reversedBy?.id ?? null, lines: lines.nodes.map((l) => ({ ...l, id: String(l.id) })) } };
      },
    },
  },
  {
    name: 'audit log list',
    ra: { fetch: 'GET_LIST', resource: 'AuditLog', params: page('at', 'DESC') },
    ceiling: `SELECT json_build_object(
      'items', coalesce((SELECT json_agg(json_build_object('id', a.id::text, 'at', ${ts('a.at')}, 'userId', a.user_id, 'username', a.username,
                 'operation', a.operation, 'entityType', a.entity_type, 'entityId', a.entity_id, 'regionId', a.region_id,
                 'before', a.before, 'after', a.after) ORDER BY a.at DESC, a.id)
                 FROM (SELECT * FROM audit_logs a WHERE ${AUDIT_SCOPE} ORDER BY a.at DESC, a.id LIMIT 25) a), '[]'),
      'total', json_build_object('count', (SELECT count(*) FROM audit_logs a WHERE ${AUDIT_SCOPE})))`,
  },
];
