import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Annual scorecards with their events, the monthly counts their computed rules read (Changzhou
 * items 4(5), 10), and complaints against institutions (Qinhuangdao art. 67, 72).
 */
export class ScorecardsComplaints1798100000000 implements MigrationInterface {
  name = 'ScorecardsComplaints1798100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE annual_scorecards (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        institution_id  uuid NOT NULL REFERENCES institutions(id),
        region_id       text NOT NULL REFERENCES regions(id),
        county_id       text REFERENCES counties(id),
        year            int NOT NULL CHECK (year BETWEEN 2000 AND 2099),
        template_id     text NOT NULL,
        state           text NOT NULL DEFAULT 'open' CHECK (state IN ('open','submitted','locked')),
        version         int NOT NULL DEFAULT 1,
        prepared_by     uuid NOT NULL REFERENCES users(id),
        total           numeric(6,2) NOT NULL DEFAULT 0,
        deduction_part  numeric(6,2) NOT NULL DEFAULT 0,
        bonus_part      numeric(6,2) NOT NULL DEFAULT 0,
        veto_deduction  numeric(6,2) NOT NULL DEFAULT 0,
        categories      jsonb NOT NULL DEFAULT '[]',
        facts           jsonb NOT NULL DEFAULT '{}',
        trace           jsonb NOT NULL DEFAULT '[]',
        scored_at       timestamptz NOT NULL DEFAULT now(),
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        UNIQUE (institution_id, year)
      )`);
    await q.query('CREATE INDEX annual_scorecards_region_year_total ON annual_scorecards (region_id, year, total DESC, id)');
    await q.query('CREATE INDEX annual_scorecards_region_state ON annual_scorecards (region_id, state, year, id)');
    await q.query(`
      CREATE TABLE scorecard_events (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scorecard_id      uuid NOT NULL REFERENCES annual_scorecards(id),
        institution_id    uuid NOT NULL REFERENCES institutions(id),
        region_id         text NOT NULL REFERENCES regions(id),
        county_id         text REFERENCES counties(id),
        type              text NOT NULL,
        occurred_on       date NOT NULL,
        reported_on       date,
        count             int NOT NULL CHECK (count > 0),
        district_id       text REFERENCES counties(id),
        flags             jsonb NOT NULL DEFAULT '{}',
        note              text,
        complaint_id      uuid UNIQUE,
        recorded_by       uuid NOT NULL REFERENCES users(id),
        recorded_by_name  text NOT NULL,
        created_at        timestamptz NOT NULL DEFAULT now(),
        withdrawn_at      timestamptz,
        withdrawn_by_name text,
        withdrawn_reason  text
      )`);
    await q.query('CREATE INDEX scorecard_events_scorecard ON scorecard_events (scorecard_id, occurred_on, id)');
    await q.query(`
      CREATE TABLE institution_monthly_counts (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        institution_id    uuid NOT NULL REFERENCES institutions(id),
        region_id         text NOT NULL REFERENCES regions(id),
        county_id         text REFERENCES counties(id),
        month             text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        submitted         int NOT NULL CHECK (submitted >= 0),
        returned          int NOT NULL CHECK (returned >= 0 AND returned <= submitted),
        surveyed          int NOT NULL DEFAULT 0 CHECK (surveyed >= 0),
        satisfied         int NOT NULL DEFAULT 0 CHECK (satisfied >= 0 AND satisfied <= surveyed),
        recorded_by_name  text NOT NULL,
        updated_at        timestamptz NOT NULL DEFAULT now(),
        UNIQUE (institution_id, month)
      )`);
    await q.query('CREATE INDEX institution_monthly_counts_region_month ON institution_monthly_counts (region_id, month, id)');
    await q.query(`
      CREATE TABLE complaints (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        institution_id      uuid NOT NULL REFERENCES institutions(id),
        region_id           text NOT NULL REFERENCES regions(id),
        county_id           text REFERENCES counties(id),
        channel             text NOT NULL CHECK (channel IN ('hotline','letter','visit','online','tpa','supervisor','inspection')),
        kind                text NOT NULL CHECK (kind IN ('conduct','privacy','other')),
        received_on         date NOT NULL,
        complainant         text NOT NULL CHECK (char_length(complainant) BETWEEN 1 AND 100),
        content             text NOT NULL CHECK (char_length(content) BETWEEN 1 AND 4000),
        investigation       text,
        result              text,
        state               text NOT NULL DEFAULT 'received' CHECK (state IN ('received','investigating','verified','unfounded')),
        version             int NOT NULL DEFAULT 1,
        prepared_by         uuid NOT NULL REFERENCES users(id),
        scorecard_event_id  uuid REFERENCES scorecard_events(id),
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX complaints_region_received ON complaints (region_id, received_on DESC, id)');
    await q.query('CREATE INDEX complaints_region_state ON complaints (region_id, state, received_on DESC, id)');
    await q.query('CREATE INDEX complaints_institution ON complaints (institution_id, received_on DESC, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE complaints');
    await q.query('DROP TABLE institution_monthly_counts');
    await q.query('DROP TABLE scorecard_events');
    await q.query('DROP TABLE annual_scorecards');
  }
}
