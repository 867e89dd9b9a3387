import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from './support/load.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/** A short run of the soak (`npm run soak`: 200 sessions for 60 s) in every `npm test`: 20 sessions for 10 s. */
let server: TestServer;
const tokens: { role: string; token: string; region: string }[] = [];
beforeAll(async () => {
  server = await startTestServer();
  for (const role of ['admin', 'fund_manager', 'inspector', 'agency_officer', 'tpa_staff'])
    tokens.push({ role, token: await server.login(role), region: role === 'tpa_staff' ? 'tumxuk' : 'qinhuangdao' });
});
afterAll(() => server?.stop());

describe('load', () => {
  it('20 sessions of mixed reads and writes across roles for 10 s with the default pool: no error, no connection left idle in a transaction', async () => {
    const report = await runLoad({ url: server.url, dataSource: server.dataSource, tokens, sessions: 20, seconds: 10 });
    console.log(`load: ${JSON.stringify({ ...report, errors: report.errors.length })}`);
    expect(report.errors.slice(0, 5)).toEqual([]);
    expect(report.requests).toBeGreaterThan(100);
    expect(report.idleInTransaction).toBe(0);
  }, 60_000);
});
