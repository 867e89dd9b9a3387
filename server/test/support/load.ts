import type { DataSource } from 'typeorm';

export interface LoadOptions {
  url: string;
  dataSource: DataSource;
  /** Tokens of the signed-in users the sessions take turns to be. */
  tokens: { role: string; token: string; region: string }[];
  sessions: number;
  seconds: number;
}

export interface LoadReport {
  requests: number;
  errors: string[];
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  heapMbBefore: number;
  heapMbAfter: number;
  /** Heap in use every few seconds, after a full collection where `--expose-gc` allows one. */
  heapMbSamples: number[];
  idleInTransaction: number;
}

const EDITORS = new Set(['admin', 'inspector', 'agency_officer']);

/** The mix of a working day: list pages, counts, records, searches, a quote, edits by those who may edit. */
function nextRequest(role: string, region: string, ids: string[], n: number): { query: string; variables?: Record<string, unknown> } {
  const id = ids[n % ids.length];
  switch (n % 8) {
    case 0:
      return {
        query: 'query ($p: Int) { allInstitutions(page: $p, perPage: 25) { id name kind status regionId staffCount } }',
        variables: { p: n % 3 },
      };
    case 1:
      return { query: '{ _allInstitutionsMeta { count } }' };
    case 2:
      return { query: 'query ($id: ID!) { Institution(id: $id) { id name staff { id name } region { name } } }', variables: { id } };
    case 3:
      return { query: 'query ($q: String) { allInstitutions(filter: { q: $q }) { id name } }', variables: { q: '护理' } };
    case 4:
      if (region !== 'qinhuangdao')
        return { query: 'query ($r: ID!) { policyPack(regionId: $r, date: "2026-10-01") { value } }', variables: { r: region } };
      return {
        query: 'query ($i: JSON!) { quoteBenefit(regionId: "qinhuangdao", date: "2026-09-01", input: $i) { value } }',
        variables: {
          i: {
            insuredCategory: 'employee',
            careMode: 'institution',
            institutionSubtype: 'integrated',
            grade: 4,
            month: '2026-09',
            serviceDays: 17,
            lines: [{ category: 'care', amount: '1300.00' }],
          },
        },
      };
    case 5:
      return role === 'admin' ? { query: '{ allAuditLogs(perPage: 25) { id operation } }' } : { query: '{ me { id username } }' };
    default:
      return EDITORS.has(role)
        ? {
            query: 'mutation ($id: ID!, $a: String) { updateInstitution(id: $id, address: $a) { id } }',
            variables: { id, a: `秦皇岛市海港区负载路${n % 97}号` },
          }
        : { query: '{ allRegions { id name } }' };
  }
}

const HEAP_SAMPLE_MS = 5000;

/** The heap that survives a full collection: what a leak would grow. Without `--expose-gc`, the heap as it is. */
function liveHeapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

/**
 * Sessions that each send one request after another for `seconds`, on loopback only, bounded in
 * time: every error is kept, latencies are measured per request, and afterwards the database is
 * asked whether any connection was left idle in a transaction.
 */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const ids = new Map<string, string[]>();
  for (const { region } of options.tokens) {
    const rows = await options.dataSource.query('SELECT id FROM institutions WHERE region_id = $1 ORDER BY id LIMIT 20', [region]);
    ids.set(
      region,
      rows.map((r: { id: string }) => r.id),
    );
  }
  const heapMbBefore = liveHeapMb();
  const heapMbSamples: number[] = [];
  const sampler = setInterval(() => heapMbSamples.push(Math.round(liveHeapMb())), HEAP_SAMPLE_MS);
  const latencies: number[] = [];
  const errors: string[] = [];
  const deadline = Date.now() + options.seconds * 1000;
  const session = async (s: number) => {
    const { role, token, region } = options.tokens[s % options.tokens.length];
    for (let n = s; Date.now() < deadline; n += options.sessions) {
      const { query, variables } = nextRequest(role, region, ids.get(region) ?? [], n);
      const started = performance.now();
      try {
        const res = await fetch(`${options.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
        if (res.status !== 200 || body.errors)
          errors.push(`${role} ${res.status} ${body.errors?.[0]?.extensions?.code}: ${body.errors?.[0]?.message}`);
      } catch (error) {
        errors.push(`${role} ${String(error)}`);
      }
      latencies.push(performance.now() - started);
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: options.sessions }, (_, s) => session(s)));
  const elapsed = (Date.now() - started) / 1000;
  clearInterval(sampler);
  const sorted = [...latencies].sort((a, b) => a - b);
  const [idle] = await options.dataSource.query(
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'",
  );
  return {
    requests: latencies.length,
    errors,
    perSecond: Math.round(latencies.length / elapsed),
    p50: Math.round(percentile(sorted, 50)),
    p99: Math.round(percentile(sorted, 99)),
    max: Math.round(sorted[sorted.length - 1] ?? 0),
    heapMbBefore: Math.round(heapMbBefore),
    heapMbAfter: Math.round(liveHeapMb()),
    heapMbSamples,
    idleInTransaction: idle.n,
  };
}
