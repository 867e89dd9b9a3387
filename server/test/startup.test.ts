import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/** `npm start` itself (src/main.ts, as a child process) refuses an unsafe start with one line and exit code 1. */
const serverDir = fileURLToPath(new URL('..', import.meta.url));

function start(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--conditions=source', '--import', '@oxc-node/core/register', 'src/main.ts'],
      { cwd: serverDir, env: { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'silent', ...env }, timeout: 60_000 },
      (_error, _stdout, stderr) => resolve({ code: child.exitCode, stderr: stderr.trim() }),
    );
  });
}

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
});
afterAll(() => db?.drop());

describe('the server refuses to start', () => {
  it('with NODE_ENV=Production, in one line and before touching any database', async () => {
    const { code, stderr } = await start({ NODE_ENV: 'Production', TOKEN_TTL_SECONDS: 'abc' });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual([expect.stringMatching(/^启动失败 \(start failed\): 配置无效 .*NODE_ENV.*TOKEN_TTL_SECONDS/)]);
  });

  it('in production as the database owner, and while the demo users exist', async () => {
    const { code, stderr } = await start({
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('base64url'),
      DATABASE_URL: db.url,
      APP_DATABASE_URL: db.url,
    });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/can rewrite audit_logs.*demo users exist in the database\): admin,/);
  });
});
