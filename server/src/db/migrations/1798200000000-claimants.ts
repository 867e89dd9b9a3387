import type { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES = "('employee','retiree','flexible','flexibleRetiree','resident','minor','orphan')";

/**
 * Claimants (insured persons) with their monthly contributions and hospital stays. The identity
 * number is kept whole only in `id_number`, which no list reads; lists carry the masked copy, and a
 * search by the full number goes through an HMAC of it (`id_number_hash`), keyed by a secret made
 * here, so the number never needs to appear in a query log or the audit trail. The eligibility
 * status is derived (shared `claimantEligibility`) and stored with its trace for the list's filter.
 */
export class Claimants1798200000000 implements MigrationInterface {
  name = 'Claimants1798200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE claimant_id_key (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        key       text NOT NULL
      )`);
    await q.query(
      `INSERT INTO claimant_id_key (key) VALUES (encode(sha256(convert_to(gen_random_uuid()::text || clock_timestamp()::text || random()::text, 'UTF8')), 'hex'))`,
    );
    await q.query('REVOKE UPDATE, DELETE, TRUNCATE ON claimant_id_key FROM ltci_app');
    await q.query(`
      CREATE TABLE claimants (
        id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id               text NOT NULL REFERENCES regions(id),
        county_id               text REFERENCES counties(id),
        residence_region_id     text REFERENCES regions(id),
        residence_county_id     text REFERENCES counties(id),
        name                    text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
        id_number               text NOT NULL CHECK (id_number ~ '^[0-9]{17}[0-9X]$'),
        id_number_masked        text NOT NULL,
        id_number_hash          text NOT NULL,
        birth_date              date NOT NULL,
        sex                     text NOT NULL CHECK (sex IN ('male','female')),
        phone                   text,
        phone_masked            text,
        address                 text CHECK (char_length(address) <= 200),
        guardian_name           text,
        guardian_relation       text,
        category                text NOT NULL CHECK (category IN ${CATEGORIES}),
        parents_category        text CHECK (parents_category IN ${CATEGORIES}),
        hardship_group          text,
        insured_since           date,
        death_date              date,
        eligibility_status      text NOT NULL DEFAULT 'undetermined'
                                CHECK (eligibility_status IN ('notInsured','waiting','suspended','active','ended','undetermined')),
        eligibility_since       date,
        eligibility_waiting_end date,
        eligibility_suspended   text[] NOT NULL DEFAULT '{}',
        eligibility_valid_until date,
        eligibility_as_of       date,
        eligibility_issues      jsonb NOT NULL DEFAULT '[]',
        eligibility_trace       jsonb NOT NULL DEFAULT '[]',
        version                 int NOT NULL DEFAULT 1,
        created_by              uuid REFERENCES users(id),
        created_at              timestamptz NOT NULL DEFAULT now(),
        updated_at              timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT claimants_id_number_per_region UNIQUE (region_id, id_number_hash)
      )`);
    // one index behind every filter and sort the list offers (region- or county-scoped)
    await q.query('CREATE INDEX claimants_region_name ON claimants (region_id, name, id)');
    await q.query('CREATE INDEX claimants_region_name_prefix ON claimants (region_id, name text_pattern_ops)');
    await q.query('CREATE INDEX claimants_county_name ON claimants (county_id, name, id)');
    await q.query('CREATE INDEX claimants_region_category ON claimants (region_id, category, name, id)');
    await q.query('CREATE INDEX claimants_region_status ON claimants (region_id, eligibility_status, name, id)');
    await q.query('CREATE INDEX claimants_region_birth ON claimants (region_id, birth_date, id)');
    await q.query('CREATE INDEX claimants_region_created ON claimants (region_id, created_at, id)');
    await q.query('CREATE INDEX claimants_id_number_hash ON claimants (id_number_hash)');
    // the statuses to recompute because a known date has passed (a waiting period ends, a stay is over)
    await q.query(
      'CREATE INDEX claimants_stale ON claimants (region_id, eligibility_valid_until) WHERE eligibility_valid_until IS NOT NULL',
    );
    await q.query(`
      CREATE TABLE claimant_contributions (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claimant_id  uuid NOT NULL REFERENCES claimants(id),
        region_id    text NOT NULL REFERENCES regions(id),
        month        text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        status       text NOT NULL CHECK (status IN ('paid','arrears','backPaid')),
        amount       numeric(14,2) NOT NULL CHECK (amount >= 0),
        arrived_on   date,
        source       text NOT NULL CHECK (source IN ('entry','import')),
        job_id       uuid REFERENCES jobs(id),
        recorded_by  uuid REFERENCES users(id),
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'arrears') = (arrived_on IS NULL)),
        CONSTRAINT claimant_contributions_month UNIQUE (claimant_id, month)
      )`);
    await q.query(`
      CREATE TABLE claimant_hospital_stays (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claimant_id    uuid NOT NULL REFERENCES claimants(id),
        region_id      text NOT NULL REFERENCES regions(id),
        hospital       text NOT NULL CHECK (char_length(hospital) BETWEEN 1 AND 100),
        admitted_on    date NOT NULL,
        discharged_on  date CHECK (discharged_on >= admitted_on),
        recorded_by    uuid REFERENCES users(id),
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX claimant_hospital_stays_claimant ON claimant_hospital_stays (claimant_id, admitted_on, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE claimant_hospital_stays');
    await q.query('DROP TABLE claimant_contributions');
    await q.query('DROP TABLE claimants');
    await q.query('DROP TABLE claimant_id_key');
  }
}
