import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Subsidies and donations (Qinhuangdao art. 50 ¶1, 51; art. 15): entered with their document, posted on a second person's approval. */
export class FundGrants1799300000001 implements MigrationInterface {
  name = 'FundGrants1799300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE fund_grants (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id     text NOT NULL REFERENCES regions(id),
        kind          text NOT NULL CHECK (kind IN ('subsidy','donation')),
        state         text NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed','posted','rejected')),
        date          date NOT NULL,
        amount        numeric(14,2) NOT NULL CHECK (amount > 0),
        source        text NOT NULL CHECK (char_length(source) BETWEEN 1 AND 200),
        document_ref  text NOT NULL CHECK (char_length(document_ref) BETWEEN 1 AND 100),
        account_id    uuid NOT NULL REFERENCES fund_accounts(id),
        memo          text CHECK (char_length(memo) <= 500),
        posting_id    uuid REFERENCES fund_postings(id),
        trace         jsonb NOT NULL,
        version       int NOT NULL DEFAULT 1,
        prepared_by   uuid NOT NULL REFERENCES users(id),
        created_at    timestamptz NOT NULL DEFAULT now(),
        CHECK (state = 'posted' OR posting_id IS NULL)
      )`);
    await q.query('CREATE INDEX fund_grants_region_date ON fund_grants (region_id, date DESC, id)');
    await q.query('CREATE INDEX fund_grants_region_state ON fund_grants (region_id, state, date DESC, id)');
    await q.query('CREATE INDEX fund_grants_region_kind ON fund_grants (region_id, kind, date DESC, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE fund_grants');
  }
}
