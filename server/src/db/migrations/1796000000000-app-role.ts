import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The role the application runs as in production: DML on the tables it works with, but only
 * INSERT and SELECT on audit_logs, no TRUNCATE anywhere, owner of nothing, no rights on the
 * migrations table. A role belongs to the whole cluster while grants belong to one database, so
 * the role is created only when missing (several databases, e.g. parallel tests, may race here)
 * and the grants are made in every database that is migrated. It cannot log in until the
 * operator says so (README: ALTER ROLE ltci_app LOGIN PASSWORD …, or a login role granted ltci_app).
 * Tables added by later migrations get the same DML by default; an append-only one revokes it.
 */
export class AppRole1796000000000 implements MigrationInterface {
  name = 'AppRole1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ltci_app') THEN
          CREATE ROLE ltci_app NOLOGIN;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- created meanwhile by the migration of another database
      END $$`);
    await q.query('GRANT USAGE ON SCHEMA public TO ltci_app');
    await q.query('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ltci_app');
    await q.query('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ltci_app');
    await q.query('REVOKE ALL ON migrations FROM ltci_app');
    await q.query('REVOKE UPDATE, DELETE, TRUNCATE ON audit_logs FROM ltci_app');
    await q.query('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ltci_app');
    await q.query('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ltci_app');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ltci_app');
    await q.query('ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM ltci_app');
    await q.query('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ltci_app');
    await q.query('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ltci_app');
    await q.query('REVOKE USAGE ON SCHEMA public FROM ltci_app');
  }
}
