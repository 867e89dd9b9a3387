import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bank statements per fund account and month, matched against the ledger (账实相符, after Tianjin
 * art. 12); a collection-system reference is imported once per region; county accounts point at the
 * counties table (Qinhuangdao art. 50 ¶3, 61).
 */
export class FundStatements1798300000000 implements MigrationInterface {
  name = 'FundStatements1798300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE fund_bank_statements (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id        text NOT NULL REFERENCES regions(id),
        account_id       uuid NOT NULL REFERENCES fund_accounts(id),
        month            text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        closing_balance  numeric(14,2) NOT NULL,
        note             text,
        recorded_by      uuid NOT NULL REFERENCES users(id),
        recorded_by_name text NOT NULL,
        recorded_at      timestamptz NOT NULL DEFAULT now(),
        UNIQUE (account_id, month)
      )`);
    await q.query('CREATE INDEX fund_bank_statements_region_month ON fund_bank_statements (region_id, month DESC, id)');
    await q.query(
      'CREATE UNIQUE INDEX fund_postings_region_import_key ON fund_postings (region_id, import_key) WHERE import_key IS NOT NULL',
    );
    await q.query('ALTER TABLE fund_accounts ADD COLUMN county_id text');
    await q.query(
      'ALTER TABLE fund_accounts ADD CONSTRAINT fund_accounts_county_fk FOREIGN KEY (region_id, county_id) REFERENCES counties (region_id, id)',
    );
    await q.query(
      "ALTER TABLE fund_accounts ADD CONSTRAINT fund_accounts_county_kind CHECK (county_id IS NULL OR kind = 'countyExpenditure')",
    );
    await q.query(
      'CREATE UNIQUE INDEX fund_accounts_one_per_county_id ON fund_accounts (region_id, county_id) WHERE county_id IS NOT NULL',
    );
    // an account of a county already there takes the county whose name begins its own
    await q.query(`UPDATE fund_accounts a SET county_id = c.id FROM counties c
                    WHERE a.kind = 'countyExpenditure' AND c.region_id = a.region_id AND a.name LIKE c.name || '%'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE fund_accounts DROP COLUMN county_id');
    await q.query('DROP INDEX fund_postings_region_import_key');
    await q.query('DROP TABLE fund_bank_statements');
  }
}
