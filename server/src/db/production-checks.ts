import type { DataSource } from 'typeorm';
import { verifyPassword } from '../modules/auth/password.js';
import { DEMO_PASSWORD, demoUsers } from './seed/demo-data.js';

/**
 * Why the server must not serve production over this connection, one reason per line; empty when
 * it may. The connection's role must not be able to rewrite the audit trail (superuser, owner of
 * audit_logs or a member of its owner, UPDATE / DELETE / TRUNCATE on it), and no demo account
 * may still sign in with the published demo password.
 */
export async function productionRefusals(dataSource: DataSource): Promise<string[]> {
  return [...(await auditTrailRefusals(dataSource)), ...(await demoUserRefusals(dataSource))];
}

async function auditTrailRefusals(dataSource: DataSource): Promise<string[]> {
  const [role]: { name: string; superuser: boolean; owner: boolean; rewrite: boolean }[] = await dataSource.query(`
    SELECT current_user AS name,
           (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
           pg_has_role(current_user, c.relowner, 'MEMBER') AS owner,
           has_table_privilege(c.oid, 'UPDATE') OR has_table_privilege(c.oid, 'DELETE') OR has_table_privilege(c.oid, 'TRUNCATE') AS rewrite
      FROM pg_class c WHERE c.oid = 'audit_logs'::regclass`);
  if (!role.superuser && !role.owner && !role.rewrite) return [];
  return [
    `数据库角色 ${role.name} 可改写审计日志 (the database role ${role.name} can rewrite audit_logs): set APP_DATABASE_URL to the ltci_app role (README)`,
  ];
}

async function demoUserRefusals(dataSource: DataSource): Promise<string[]> {
  const rows: { username: string; password_hash: string }[] = await dataSource.query(
    'SELECT username, password_hash FROM users WHERE username = ANY($1) ORDER BY username',
    [demoUsers.map((u) => u.username)],
  );
  const stillDemo = await Promise.all(rows.map((row) => verifyPassword(row.password_hash, DEMO_PASSWORD)));
  const demo = rows.filter((_, i) => stillDemo[i]).map((row) => row.username);
  if (!demo.length) return [];
  return [
    `数据库中仍有演示账号 (demo users exist in the database): ${demo.join(', ')}; delete them or change their passwords before starting in production`,
  ];
}
