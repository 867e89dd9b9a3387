import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Withholding reaches the settlement (Qinhuangdao art. 68 按协议约定处理; art. 71 因违规被暂停或不予拨付费用
 * … 经审核通过后，方可恢复): a sheet shows what it withholds or releases and why, its payment is the fund's
 * part less the withheld plus the released, and each withholding is taken or given back once per live
 * run (a row per run, consequence and action; a returned run's rows no longer count).
 */
export class SettlementWithholdings1800600000001 implements MigrationInterface {
  name = 'SettlementWithholdings1800600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE settlement_sheets
        ADD COLUMN withheld     numeric(14,2) NOT NULL DEFAULT 0 CHECK (withheld >= 0),
        ADD COLUMN released     numeric(14,2) NOT NULL DEFAULT 0 CHECK (released >= 0),
        ADD COLUMN withholdings jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`
      CREATE TABLE settlement_withholdings (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id          uuid NOT NULL REFERENCES settlement_runs(id),
        sheet_id        uuid NOT NULL REFERENCES settlement_sheets(id),
        consequence_id  uuid NOT NULL REFERENCES supervision_consequences(id),
        region_id       text NOT NULL REFERENCES regions(id),
        institution_id  uuid NOT NULL REFERENCES institutions(id),
        action          text NOT NULL CHECK (action IN ('withhold','release')),
        amount          numeric(14,2) NOT NULL CHECK (amount > 0),
        created_at      timestamptz NOT NULL DEFAULT now(),
        UNIQUE (run_id, consequence_id, action)
      )`);
    await q.query('CREATE INDEX settlement_withholdings_consequence ON settlement_withholdings (consequence_id, action)');
    await q.query(`DO $$ BEGIN
      IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'ltci_app') THEN
        REVOKE DELETE, TRUNCATE ON settlement_withholdings FROM ltci_app;
      END IF;
    END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE settlement_withholdings');
    await q.query('ALTER TABLE settlement_sheets DROP COLUMN withholdings, DROP COLUMN released, DROP COLUMN withheld');
  }
}
