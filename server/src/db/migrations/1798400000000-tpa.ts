import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Third-party administrators (Tianjin measures art. 5–20; Qinhuangdao art. 62–63): the service
 * contract with its units, weights, schedule, plan and tender commitments; the TPA staff's
 * employer; the yearly assessment; the quarterly fee payments through the ledger; rectification cases.
 */
export class Tpa1798400000000 implements MigrationInterface {
  name = 'Tpa1798400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tpa_contracts (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id           text NOT NULL REFERENCES regions(id),
        tpa_institution_id  uuid NOT NULL REFERENCES institutions(id),
        number              text NOT NULL,
        start_date          date NOT NULL,
        end_date            date NOT NULL CHECK (end_date >= start_date),
        annual_fee          numeric(14,2) NOT NULL CHECK (annual_fee > 0),
        units               jsonb NOT NULL,
        weights             jsonb NOT NULL,
        schedule            jsonb NOT NULL,
        plan                jsonb NOT NULL,
        poor_result_below   numeric(5,2) NOT NULL,
        rectification_days  int NOT NULL,
        state               text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft','active','termination_pending','terminated')),
        version             int NOT NULL DEFAULT 1,
        prepared_by         uuid NOT NULL REFERENCES users(id),
        created_at          timestamptz NOT NULL DEFAULT now(),
        UNIQUE (region_id, number)
      )`);
    await q.query('CREATE INDEX tpa_contracts_region_end ON tpa_contracts (region_id, end_date, id)');
    await q.query('CREATE INDEX tpa_contracts_tpa ON tpa_contracts (tpa_institution_id, start_date)');
    await q.query('CREATE INDEX tpa_contracts_region_state ON tpa_contracts (region_id, state, id)');
    await q.query(`
      CREATE TABLE tpa_commitments (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id  uuid NOT NULL REFERENCES tpa_contracts(id),
        position     int NOT NULL,
        category     text NOT NULL CHECK (category IN ('staffing','premises','equipment','dailyOperation','trainingAndPublicity',
                                                       'archives','financialAudit','serviceFeeExecution')),
        description  text NOT NULL,
        target_kind  text NOT NULL CHECK (target_kind IN ('number','yesNo')),
        target       text NOT NULL CHECK (target <> ''),
        unit         text,
        direction    text NOT NULL CHECK (direction IN ('atLeast','atMost')),
        measurement  text NOT NULL,
        points       numeric(5,2) NOT NULL CHECK (points > 0)
      )`);
    await q.query('CREATE INDEX tpa_commitments_contract ON tpa_commitments (contract_id, position)');
    await q.query(`
      CREATE TABLE tpa_staff_members (
        user_id         uuid NOT NULL REFERENCES users(id),
        institution_id  uuid NOT NULL REFERENCES institutions(id),
        PRIMARY KEY (user_id, institution_id)
      )`);
    await q.query(`
      CREATE TABLE tpa_assessments (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id         uuid NOT NULL REFERENCES tpa_contracts(id),
        region_id           text NOT NULL REFERENCES regions(id),
        tpa_institution_id  uuid NOT NULL REFERENCES institutions(id),
        year                int NOT NULL CHECK (year BETWEEN 2000 AND 2099),
        state               text NOT NULL DEFAULT 'self_check' CHECK (state IN ('self_check','on_site','review','approved')),
        version             int NOT NULL DEFAULT 1,
        prepared_by         uuid NOT NULL REFERENCES users(id),
        self_check          jsonb,
        on_site             jsonb,
        result              jsonb,
        trace               jsonb,
        total               numeric(5,2),
        fee_due             numeric(14,2),
        created_at          timestamptz NOT NULL DEFAULT now(),
        UNIQUE (contract_id, year)
      )`);
    await q.query('CREATE INDEX tpa_assessments_region_year ON tpa_assessments (region_id, year DESC, id)');
    await q.query('CREATE INDEX tpa_assessments_region_state ON tpa_assessments (region_id, state, id)');
    await q.query('CREATE INDEX tpa_assessments_tpa ON tpa_assessments (tpa_institution_id, year DESC)');
    await q.query(`
      CREATE TABLE tpa_fee_payments (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id       uuid NOT NULL REFERENCES tpa_assessments(id),
        contract_id         uuid NOT NULL REFERENCES tpa_contracts(id),
        region_id           text NOT NULL REFERENCES regions(id),
        tpa_institution_id  uuid NOT NULL REFERENCES institutions(id),
        year                int NOT NULL,
        quarter             int NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        date                date NOT NULL,
        amount              numeric(14,2) NOT NULL CHECK (amount >= 0),
        state               text NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed','paid','rejected')),
        version             int NOT NULL DEFAULT 1,
        prepared_by         uuid NOT NULL REFERENCES users(id),
        posting_id          uuid REFERENCES fund_postings(id),
        trace               jsonb NOT NULL,
        created_at          timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query("CREATE UNIQUE INDEX tpa_fee_payments_one_live ON tpa_fee_payments (assessment_id, quarter) WHERE state <> 'rejected'");
    await q.query('CREATE INDEX tpa_fee_payments_region_date ON tpa_fee_payments (region_id, date DESC, id)');
    await q.query('CREATE INDEX tpa_fee_payments_region_state ON tpa_fee_payments (region_id, state, id)');
    await q.query('CREATE INDEX tpa_fee_payments_assessment ON tpa_fee_payments (assessment_id, quarter)');
    await q.query(`
      CREATE TABLE tpa_rectifications (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id         uuid NOT NULL REFERENCES tpa_contracts(id),
        assessment_id       uuid NOT NULL REFERENCES tpa_assessments(id),
        region_id           text NOT NULL REFERENCES regions(id),
        tpa_institution_id  uuid NOT NULL REFERENCES institutions(id),
        score               numeric(5,2) NOT NULL,
        due_date            date NOT NULL,
        state               text NOT NULL DEFAULT 'open' CHECK (state IN ('open','closed')),
        version             int NOT NULL DEFAULT 1,
        prepared_by         uuid NOT NULL REFERENCES users(id),
        created_at          timestamptz NOT NULL DEFAULT now(),
        UNIQUE (assessment_id)
      )`);
    await q.query('CREATE INDEX tpa_rectifications_region_due ON tpa_rectifications (region_id, state, due_date, id)');
    await q.query('CREATE INDEX tpa_rectifications_contract ON tpa_rectifications (contract_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['tpa_rectifications', 'tpa_fee_payments', 'tpa_assessments', 'tpa_staff_members', 'tpa_commitments', 'tpa_contracts'])
      await q.query(`DROP TABLE ${t}`);
  }
}
