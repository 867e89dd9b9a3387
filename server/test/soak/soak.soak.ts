import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from '../support/load.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const SESSIONS = Number(process.env.SOAK_SESSIONS ?? 200);
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);

let server: TestServer;
const tokens: { role: string; token: string; region: string }[] = [];
beforeAll(async () => {
  server = await startTestServer();
  for (const role of ['admin', 'fund_manager', 'inspector', 'agency_officer', 'tpa_staff'])
    tokens.push({ role, token: await server.login(role), region: role === 'tpa_staff' ? 'tumxuk' : 'qinhuangdao' });
});
afterAll(() => server?.stop());

const post = async (query: string, token: string) => {
  const started = performance.now();
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: query,
  });
  await res.text();
  return { status: res.status, ms: performance.now() - started };
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('soak', () => {
  it(`${SESSIONS} sessions of mixed reads and writes for ${SECONDS} s with the default pool`, async () => {
    const report = await runLoad({ url: server.url, dataSource: server.dataSource, tokens, sessions: SESSIONS, seconds: SECONDS });
    console.log(`soak: ${JSON.stringify({ ...report, errors: report.errors.length, firstErrors: report.errors.slice(0, 3) })}`);
    expect(report.errors).toEqual([]);
    expect(report.idleInTransaction).toBe(0);
    // Flat: once warmed up (the first third of the run), the heap that survives a collection grows by
    // less than 20 MB to the end; a leak of a few kB per request would add hundreds of MB here.
    const warm = report.heapMbSamples.slice(Math.floor(report.heapMbSamples.length / 3));
    expect(warm.length).toBeGreaterThan(2);
    expect(Math.max(...warm) - warm[0]).toBeLessThan(20);
  });

  it('each attack is refused in under 50 ms (median of 20), and a cheap query answers in under 100 ms while they run', async () => {
    const token = tokens[2].token;
    const list = 'allInstitutions(perPage: 1000) { id name staff { id name role } region { id name } staffCount }';
    const attacks: Record<string, string> = {
      aliases: JSON.stringify({ query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: ${list}`).join(' ')} }` }),
      manyAliases: JSON.stringify({ query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ')} }` }),
      cost: JSON.stringify({ query: `{ ${Array.from({ length: 5 }, (_, i) => `a${i}: ${list}`).join(' ')} }` }),
      depth: JSON.stringify({ query: `{ __schema { types { ${'fields { type { '.repeat(8)}name${' } }'.repeat(8)} } } }` }),
      size: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(10 * 2 ** 20) } }),
      hugeSearch: JSON.stringify({
        query: 'query ($q: String) { allInstitutions(filter: { q: $q }) { id } }',
        variables: { q: 'x'.repeat(900_000) },
      }),
    };
    const timings: Record<string, number> = {};
    for (const [name, body] of Object.entries(attacks)) {
      const runs: { status: number; ms: number }[] = [];
      for (let i = 0; i < 20; i++) runs.push(await post(body, token));
      expect(
        runs.every((r) => r.status >= 400 && r.status < 500),
        name,
      ).toBe(true);
      timings[name] = Math.round(median(runs.map((r) => r.ms)));
    }
    // the attacks again, four at a time without pause, while one person's cheap query is timed
    let attacking = true;
    const attackers = Array.from({ length: 4 }, async (_, i) => {
      const bodies = Object.values(attacks);
      for (let n = i; attacking; n++) await post(bodies[n % bodies.length], token);
    });
    const cheap: number[] = [];
    for (let i = 0; i < 40; i++) cheap.push((await post(JSON.stringify({ query: '{ me { id } }' }), token)).ms);
    attacking = false;
    await Promise.all(attackers);
    console.log(
      `abuse: median ms ${JSON.stringify(timings)}; cheap query median ${Math.round(median(cheap))} ms, max ${Math.round(Math.max(...cheap))} ms`,
    );
    for (const [name, ms] of Object.entries(timings)) expect(ms, name).toBeLessThan(50);
    expect(median(cheap)).toBeLessThan(100);
  });
});
