import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The fund ledger (Qinhuangdao art. 49–52, 58, 63; Tumxuk §6(三)): accounts per region, immutable
 * double-entry postings with their lines (insert-only for the application, like workflow_history),
 * monthly aggregates kept by each posting's transaction, reversal proposals, and warnings.
 * County accounts are keyed by a free county code until a counties table exists.
 */
export class FundLedger1797600000000 implements MigrationInterface {
  name = 'FundLedger1797600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE fund_accounts (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id   text NOT NULL REFERENCES regions(id),
        kind        text NOT NULL CHECK (kind IN ('special','cityExpenditure','countyExpenditure','taxAuthority','finance','donor',
                                                   'bank','careInstitutions','assessmentInstitutions','tpa','insuredPersons')),
        county_code text CHECK ((kind = 'countyExpenditure') = (county_code IS NOT NULL)),
        name        text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query("CREATE UNIQUE INDEX fund_accounts_one_per_kind ON fund_accounts (region_id, kind) WHERE kind <> 'countyExpenditure'");
    await q.query(
      'CREATE UNIQUE INDEX fund_accounts_one_per_county ON fund_accounts (region_id, county_code) WHERE county_code IS NOT NULL',
    );
    await q.query(`
      CREATE TABLE fund_postings (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number           bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        region_id        text NOT NULL REFERENCES regions(id),
        kind             text NOT NULL,
        date             date NOT NULL,
        amount           numeric(14,2) NOT NULL CHECK (amount > 0),
        insured_category text,
        memo             text,
        reversal_of      uuid UNIQUE REFERENCES fund_postings(id),
        import_key       text,
        posted_by        uuid NOT NULL REFERENCES users(id),
        posted_by_name   text NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now(),
        trace            jsonb NOT NULL
      )`);
    await q.query('CREATE INDEX fund_postings_region_date ON fund_postings (region_id, date DESC, id)');
    await q.query('CREATE INDEX fund_postings_region_kind ON fund_postings (region_id, kind, date DESC, id)');
    await q.query('CREATE INDEX fund_postings_import ON fund_postings (import_key) WHERE import_key IS NOT NULL');
    await q.query(`
      CREATE TABLE fund_posting_lines (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        posting_id  uuid NOT NULL REFERENCES fund_postings(id),
        account_id  uuid NOT NULL REFERENCES fund_accounts(id),
        region_id   text NOT NULL REFERENCES regions(id),
        side        text NOT NULL CHECK (side IN ('debit','credit')),
        amount      numeric(14,2) NOT NULL CHECK (amount > 0)
      )`);
    await q.query('CREATE INDEX fund_posting_lines_posting ON fund_posting_lines (posting_id, id)');
    await q.query('CREATE INDEX fund_posting_lines_account ON fund_posting_lines (account_id, posting_id)');
    // A posting once written is never rewritten: a mistake is undone by a reversing posting.
    await q.query('REVOKE UPDATE, DELETE, TRUNCATE ON fund_postings, fund_posting_lines FROM ltci_app');
    await q.query(`
      CREATE TABLE fund_monthly (
        account_id  uuid NOT NULL REFERENCES fund_accounts(id),
        region_id   text NOT NULL REFERENCES regions(id),
        month       text NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
        kind        text NOT NULL,
        debit       numeric(18,2) NOT NULL DEFAULT 0,
        credit      numeric(18,2) NOT NULL DEFAULT 0,
        postings    int NOT NULL DEFAULT 0,
        PRIMARY KEY (account_id, month, kind)
      )`);
    await q.query('CREATE INDEX fund_monthly_region_month ON fund_monthly (region_id, month)');
    await q.query(`
      CREATE TABLE fund_reversals (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id            text NOT NULL REFERENCES regions(id),
        posting_id           uuid NOT NULL REFERENCES fund_postings(id),
        state                text NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed','approved','rejected')),
        version              int NOT NULL DEFAULT 1,
        prepared_by          uuid NOT NULL REFERENCES users(id),
        reason               text NOT NULL,
        reversing_posting_id uuid REFERENCES fund_postings(id),
        created_at           timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query("CREATE UNIQUE INDEX fund_reversals_one_live ON fund_reversals (posting_id) WHERE state <> 'rejected'");
    await q.query('CREATE INDEX fund_reversals_region_state ON fund_reversals (region_id, state, created_at DESC, id)');
    await q.query(`
      CREATE TABLE fund_warnings (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id    text NOT NULL REFERENCES regions(id),
        code         text NOT NULL,
        subject      text NOT NULL DEFAULT '',
        state        text NOT NULL DEFAULT 'open' CHECK (state IN ('open','acknowledged','resolved')),
        citation     text NOT NULL,
        message      text NOT NULL,
        figures      jsonb NOT NULL,
        trace        jsonb NOT NULL,
        note         text,
        acknowledged_by text,
        raised_at    timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        resolved_at  timestamptz
      )`);
    await q.query("CREATE UNIQUE INDEX fund_warnings_one_live ON fund_warnings (region_id, code, subject) WHERE state <> 'resolved'");
    await q.query('CREATE INDEX fund_warnings_region_state ON fund_warnings (region_id, state, raised_at DESC, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['fund_warnings', 'fund_reversals', 'fund_monthly', 'fund_posting_lines', 'fund_postings', 'fund_accounts'])
      await q.query(`DROP TABLE ${t}`);
  }
}
