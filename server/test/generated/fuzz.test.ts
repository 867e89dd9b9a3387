import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchemaForPrinting } from '../../src/schema.js';
import { fuzzedRequests } from '../support/fuzz-arbitraries.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** `npm test` sends 1,000; `npm run soak` sends FUZZ_RUNS=10000. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);

/** What a rejected request must leave as it was (failed sign-ins are audited by design, so they are left out). */
const FINGERPRINT = `SELECT
  (SELECT md5(coalesce(string_agg(t::text, '' ORDER BY t.id), '')) FROM institutions t) AS institutions,
  (SELECT md5(coalesce(string_agg(t::text, '' ORDER BY t.id), '')) FROM staff t) AS staff,
  (SELECT md5(coalesce(string_agg(t::text, '' ORDER BY t.id), '')) FROM regions t) AS regions,
  (SELECT md5(coalesce(string_agg(t::text, '' ORDER BY t.id), '')) FROM users t) AS users,
  (SELECT md5(coalesce(string_agg(t::text, '' ORDER BY t.user_id, t.region_id), '')) FROM user_regions t) AS user_regions,
  (SELECT md5(coalesce(string_agg(t::text, '' ORDER BY t.year), '')) FROM calendar_years t) AS calendar,
  (SELECT md5(coalesce(string_agg(t::text, '' ORDER BY t.region_id, t.valid_from), '')) FROM policy_overrides t) AS overrides,
  (SELECT count(*) FROM audit_logs WHERE operation NOT IN ('login', 'login_failed')) AS audits`;

let server: TestServer;
const tokens: (string | undefined)[] = [undefined];
beforeAll(async () => {
  server = await startTestServer();
  for (const user of ['admin', 'fund_manager', 'inspector', 'agency_officer', 'tpa_staff']) tokens.push(await server.login(user));
});
afterAll(() => server?.stop());

describe('fuzzer generated from the schema', () => {
  it(`${RUNS} requests of hostile arguments to every operation: no 500, no INTERNAL_SERVER_ERROR, nothing written by a refusal`, async () => {
    const schema = await createSchemaForPrinting();
    const counts = { sent: 0, refused: 0, accepted: 0 };
    await fc.assert(
      fc.asyncProperty(fuzzedRequests(schema), fc.nat(tokens.length - 1), async (request, who) => {
        const before = request.kind === 'mutation' ? await server.dataSource.query(FINGERPRINT) : null;
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(tokens[who] ? { authorization: `Bearer ${tokens[who]}` } : {}) },
          body: JSON.stringify({ query: request.query, variables: request.variables }),
        });
        const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
        counts.sent++;
        expect(res.status, request.operation).toBeLessThan(500);
        expect(body.errors?.map((e) => e.extensions?.code) ?? [], request.operation).not.toContain('INTERNAL_SERVER_ERROR');
        if (body.errors?.length) {
          counts.refused++;
          if (before) expect(await server.dataSource.query(FINGERPRINT), `${request.operation} refused but wrote`).toEqual(before);
        } else counts.accepted++;
      }),
      { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
    console.log(`fuzz: ${counts.sent} requests, ${counts.refused} refused, ${counts.accepted} accepted`);
    expect(Object.keys(Object.prototype)).toEqual([]);
    // fuzzed sign-ins from this address have rightly tripped the throttle; the server itself must still serve one
    await server.dataSource.query('DELETE FROM login_attempts');
    expect(await server.login('inspector')).toBeTruthy();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 600_000);
});
