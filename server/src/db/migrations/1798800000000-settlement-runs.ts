import type { MigrationInterface, QueryRunner } from 'typeorm';

const MONEY = 'numeric(14,2) NOT NULL DEFAULT 0';

/**
 * Monthly settlement (Qinhuangdao art. 32, 54–55): a run per region, county (null: the city) and
 * month, its sheets per institution and its lines per claimant. Unique keys make the job's steps
 * idempotent (a line or a sheet is written once per run) and a sheet's payment is one posting,
 * once: the posting's key is unique in the ledger.
 */
export class SettlementRuns1798800000000 implements MigrationInterface {
  name = 'SettlementRuns1798800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE settlement_runs (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id      text NOT NULL REFERENCES regions(id),
        county_id      text REFERENCES counties(id),
        month          text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        kind           text NOT NULL CHECK (kind IN ('care','assessmentFee')),
        state          text NOT NULL DEFAULT 'generated' CHECK (state IN ('generated','reviewed','rechecked','paid','returned')),
        version        int NOT NULL DEFAULT 1,
        prepared_by    uuid NOT NULL REFERENCES users(id),
        job_id         uuid REFERENCES jobs(id),
        account_id     uuid REFERENCES fund_accounts(id),
        sheets         int NOT NULL DEFAULT 0,
        claimants      int NOT NULL DEFAULT 0,
        records        int NOT NULL DEFAULT 0,
        billed_total   ${MONEY},
        fund_total     ${MONEY},
        claimant_total ${MONEY},
        computed_at    timestamptz,
        paid_at        timestamptz,
        return_reason  text,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      "CREATE UNIQUE INDEX settlement_runs_one_live ON settlement_runs (region_id, coalesce(county_id, ''), month, kind) WHERE state <> 'returned'",
    );
    await q.query('CREATE INDEX settlement_runs_region_month ON settlement_runs (region_id, month DESC, id)');
    await q.query('CREATE INDEX settlement_runs_region_state ON settlement_runs (region_id, state, month DESC, id)');
    await q.query(`
      CREATE TABLE settlement_sheets (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id          uuid NOT NULL REFERENCES settlement_runs(id),
        region_id       text NOT NULL REFERENCES regions(id),
        county_id       text,
        institution_id  uuid NOT NULL REFERENCES institutions(id),
        month           text NOT NULL,
        claimants       int NOT NULL DEFAULT 0,
        records         int NOT NULL DEFAULT 0,
        billed          ${MONEY},
        excluded        ${MONEY},
        eligible        ${MONEY},
        fund_amount     ${MONEY},
        claimant_amount ${MONEY},
        unsettled       ${MONEY},
        posting_id      uuid UNIQUE REFERENCES fund_postings(id),
        trace           jsonb NOT NULL DEFAULT '[]',
        created_at      timestamptz NOT NULL DEFAULT now(),
        UNIQUE (run_id, institution_id)
      )`);
    await q.query('CREATE INDEX settlement_sheets_institution ON settlement_sheets (institution_id, month DESC, id)');
    await q.query(`
      CREATE TABLE settlement_lines (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id          uuid NOT NULL REFERENCES settlement_runs(id),
        region_id       text NOT NULL REFERENCES regions(id),
        institution_id  uuid NOT NULL REFERENCES institutions(id),
        claimant_id     uuid,
        month           text NOT NULL,
        records         int NOT NULL DEFAULT 0,
        billed          ${MONEY},
        excluded        ${MONEY},
        eligible        ${MONEY},
        fund_amount     ${MONEY},
        claimant_amount ${MONEY},
        unsettled       ${MONEY},
        detail          jsonb NOT NULL DEFAULT '[]',
        trace           jsonb NOT NULL DEFAULT '[]',
        UNIQUE (run_id, institution_id, claimant_id)
      )`);
    await q.query('CREATE INDEX settlement_lines_claimant ON settlement_lines (claimant_id, month, run_id)');
    // a sheet is paid by one posting keyed by the sheet: the ledger itself refuses a second
    await q.query("CREATE UNIQUE INDEX fund_postings_settlement_once ON fund_postings (import_key) WHERE import_key LIKE 'settlement:%'");
    await q.query(`DO $$ BEGIN
      IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'ltci_app') THEN
        -- a settlement is never deleted: a returned run stays beside the month's next run
        REVOKE DELETE, TRUNCATE ON settlement_runs, settlement_sheets, settlement_lines FROM ltci_app;
      END IF;
    END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX fund_postings_settlement_once');
    await q.query('DROP TABLE settlement_lines');
    await q.query('DROP TABLE settlement_sheets');
    await q.query('DROP TABLE settlement_runs');
  }
}
