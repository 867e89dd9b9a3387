import { creditCodeCheckChar } from '@ltci/shared';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../src/app.js';
import { readConfig } from '../src/config.js';
import { createDataSource } from '../src/db/data-source.js';
import { productionRefusals } from '../src/db/production-checks.js';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { type AppRoleLogin, createAppRoleLogin } from './support/app-role.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/** Fault 5 of issue 6: the application's own database role cannot rewrite the audit trail. */
let db: TestDatabase;
let login: AppRoleLogin;
let asApp: DataSource;
let app: RunningApp;
beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  login = await createAppRoleLogin(db.url);
  asApp = await createDataSource(login.url).initialize();
  app = await startApp(asApp, { ...readConfig({ NODE_ENV: 'test' }), port: 0, jwtSecret: 'test-secret' });
});
afterAll(async () => {
  await app?.close();
  await asApp?.destroy();
  await db?.drop();
  await login?.drop();
});

async function graphql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: checked field by field below
  return (await res.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
}

describe('the application role ltci_app', () => {
  it('Product rule: an immutable ledger (Qinhuangdao art. 49) — fund postings and their lines are never updated, deleted or truncated', async () => {
    for (const table of ['fund_postings', 'fund_posting_lines']) {
      await expect(asApp.query(`UPDATE ${table} SET amount = amount + 1`)).rejects.toThrow(/permission denied/);
      await expect(asApp.query(`DELETE FROM ${table}`)).rejects.toThrow(/permission denied/);
      await expect(asApp.query(`TRUNCATE ${table}`)).rejects.toThrow(/permission denied/);
    }
  });

  it('may add and read audit rows, but an UPDATE, DELETE or TRUNCATE of them fails', async () => {
    await asApp.query("INSERT INTO audit_logs (username, operation, entity_type, entity_id) VALUES ('t', 'test', 'Test', '1')");
    const [{ count }] = await asApp.query('SELECT count(*)::int AS count FROM audit_logs');
    expect(count).toBeGreaterThan(0);
    await expect(asApp.query("UPDATE audit_logs SET operation = 'rewritten'")).rejects.toThrow(/permission denied/);
    await expect(asApp.query('DELETE FROM audit_logs')).rejects.toThrow(/permission denied/);
    await expect(asApp.query('TRUNCATE audit_logs')).rejects.toThrow(/permission denied/);
    await expect(asApp.query('ALTER TABLE audit_logs DISABLE TRIGGER ALL')).rejects.toThrow(/must be owner/);
    const [{ rewritten }] = await db.dataSource.query("SELECT count(*)::int AS rewritten FROM audit_logs WHERE operation = 'rewritten'");
    expect(rewritten).toBe(0);
  });

  it('owns nothing, cannot touch the migrations, and has DML on every other table', async () => {
    expect(await db.dataSource.query("SELECT relname FROM pg_class WHERE relowner = 'ltci_app'::regrole")).toEqual([]);
    await expect(asApp.query('SELECT * FROM migrations')).rejects.toThrow(/permission denied/);
    const rows: { table: string; dml: boolean; truncate: boolean }[] = await db.dataSource.query(`
      SELECT tablename AS table,
             has_table_privilege('ltci_app', quote_ident(tablename), 'SELECT,INSERT,UPDATE,DELETE') AS dml,
             has_table_privilege('ltci_app', quote_ident(tablename), 'TRUNCATE') AS truncate
        FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('audit_logs', 'migrations') ORDER BY 1`);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(rows.filter((r) => !r.dml || r.truncate)).toEqual([]);
  });

  it('is enough to run the application: sign in, create, update and deactivate, each audited', async () => {
    const signIn = await graphql('mutation ($p: String!) { login(username: "admin", password: $p) { token } }', { p: DEMO_PASSWORD });
    const token = signIn.data?.login.token;
    expect(token).toBeTypeOf('string');
    const first17 = '91130300MA7777777';
    const created = await graphql(
      `mutation ($c: String!) { createInstitution(kind: assessment, name: "角色测试评估中心", creditCode: $c, legalRepresentative: "测试人",
         address: "秦皇岛市海港区测试路9号", regionId: "qinhuangdao") { id } }`,
      { c: first17 + creditCodeCheckChar(first17) },
      token,
    );
    const id = created.data?.createInstitution.id;
    expect(created.errors).toBeUndefined();
    const updated = await graphql('mutation ($id: ID!) { updateInstitution(id: $id, name: "角色测试评估中心二") { id } }', { id }, token);
    expect(updated.errors).toBeUndefined();
    const deactivated = await graphql(
      'mutation ($id: ID!) { transitionInstitution(id: $id, action: deactivate, expectedVersion: 2, reason: "角色测试：注销") { state } }',
      { id },
      token,
    );
    expect(deactivated.errors).toBeUndefined();
    const audit = await db.dataSource.query('SELECT operation FROM audit_logs WHERE entity_id = $1 ORDER BY id', [id]);
    expect(audit.map((r: { operation: string }) => r.operation)).toEqual(['create', 'update', 'transition']);
    // never deleted (issue 8, defect 3): the role cannot
    await expect(asApp.query('DELETE FROM institutions WHERE id = $1', [id])).rejects.toThrow(/permission denied/);
  });
});

describe('production refuses to start', () => {
  it('over a connection that could rewrite the audit trail (the owner, a superuser)', async () => {
    expect((await productionRefusals(db.dataSource)).join('\n')).toMatch(/can rewrite audit_logs/);
    expect((await productionRefusals(asApp)).join('\n')).not.toMatch(/audit_logs/);
  });

  it('while demo users can sign in with the published password, and starts once they cannot', async () => {
    expect(await productionRefusals(asApp)).toEqual([
      expect.stringMatching(
        /demo users exist in the database\): admin, admin2, agency_officer, fund_manager, fund_manager2, haigang_officer, inspector, inspector2, tpa_qhd, tpa_staff;/,
      ),
    ]);
    // users who acted stay (history and audit name them); their passwords change
    await asApp.query('UPDATE users SET password_hash = $1', [await hashPassword('a-new-long-passphrase')]);
    expect(await productionRefusals(asApp)).toEqual([]);
    // one password check per demo user (ten of them): slow on a loaded machine, not a timing assertion
  }, 120_000);
});
