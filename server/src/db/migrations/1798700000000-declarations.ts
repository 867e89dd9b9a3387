import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monthly service declarations (Qinhuangdao art. 55), their records, the smart audit's flags
 * (art. 57) and the inspection samples (art. 67). Carers (护理人员) are the `staff` rows of a care
 * institution with role `carer`: the roster, certificates (qualification, valid until) and
 * trainings already live there; this adds their identity number, masked like a claimant's.
 */
export class Declarations1798700000000 implements MigrationInterface {
  name = 'Declarations1798700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE staff
        ADD COLUMN id_number        text,
        ADD COLUMN id_number_masked text,
        ADD COLUMN id_number_hash   text`);
    // where the claimant lives, when located: the audit's check-in distance (CHECK_IN_FAR_FROM_HOME)
    await q.query(`
      ALTER TABLE claimants
        ADD COLUMN home_lat numeric(9,6) CHECK (home_lat BETWEEN -90 AND 90),
        ADD COLUMN home_lng numeric(9,6) CHECK (home_lng BETWEEN -180 AND 180)`);
    await q.query('CREATE INDEX staff_institution_role ON staff (institution_id, role, name, id)');
    await q.query('CREATE UNIQUE INDEX staff_id_number_hash ON staff (institution_id, id_number_hash) WHERE id_number_hash IS NOT NULL');

    await q.query(`
      CREATE TABLE service_declarations (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id        text NOT NULL REFERENCES regions(id),
        county_id        text,
        institution_id   uuid NOT NULL REFERENCES institutions(id),
        month            text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        state            text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft','confirmed')),
        record_count     int NOT NULL DEFAULT 0,
        declared_amount  numeric(14,2) NOT NULL DEFAULT 0,
        return_reason    text,
        confirmed_by     uuid REFERENCES users(id),
        confirmed_at     timestamptz,
        audited_at       timestamptz,
        audited_by       uuid REFERENCES users(id),
        audit_hits       jsonb,
        audit_trace      jsonb,
        version          int NOT NULL DEFAULT 1,
        prepared_by      uuid NOT NULL REFERENCES users(id),
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        UNIQUE (institution_id, month)
      )`);
    await q.query('CREATE INDEX service_declarations_region_month ON service_declarations (region_id, month DESC, state, id)');
    await q.query('CREATE INDEX service_declarations_region_state ON service_declarations (region_id, state, month DESC, id)');
    await q.query('CREATE INDEX service_declarations_institution ON service_declarations (institution_id, month DESC)');

    await q.query(`
      CREATE TABLE declared_records (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        declaration_id   uuid NOT NULL REFERENCES service_declarations(id),
        region_id        text NOT NULL REFERENCES regions(id),
        county_id        text,
        institution_id   uuid NOT NULL REFERENCES institutions(id),
        month            text NOT NULL,
        key              text NOT NULL CHECK (char_length(key) BETWEEN 1 AND 100),
        kind             text NOT NULL CHECK (kind IN ('homeVisit','careDays')),
        claimant_id      uuid NOT NULL REFERENCES claimants(id),
        carer_ids        uuid[] NOT NULL,
        start_at         timestamp,
        end_at           timestamp,
        from_date        date,
        to_date          date,
        check_in_lat     numeric(9,6),
        check_in_lng     numeric(9,6),
        items            text[] NOT NULL,
        billed_amount    numeric(12,2) NOT NULL,
        inspection_finding text,
        inspection_result  text CHECK (inspection_result IN ('confirmed','discrepancy')),
        inspected_by     uuid REFERENCES users(id),
        inspected_at     timestamptz,
        updated_by       uuid NOT NULL REFERENCES users(id),
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        UNIQUE (institution_id, month, key),
        CHECK ((kind = 'homeVisit' AND start_at IS NOT NULL AND end_at > start_at AND cardinality(carer_ids) = 1)
            OR (kind = 'careDays' AND from_date IS NOT NULL AND to_date >= from_date))
      )`);
    await q.query('CREATE INDEX declared_records_declaration ON declared_records (declaration_id, key)');
    await q.query('CREATE INDEX declared_records_claimant ON declared_records (claimant_id, month)');
    await q.query('CREATE INDEX declared_records_region_month ON declared_records (region_id, month, institution_id)');

    await q.query(`
      CREATE TABLE declared_record_lines (
        record_id    uuid NOT NULL REFERENCES declared_records(id) ON DELETE CASCADE,
        line_no      int NOT NULL,
        category     text NOT NULL,
        amount       numeric(12,2) NOT NULL CHECK (amount >= 0),
        description  text,
        PRIMARY KEY (record_id, line_no)
      )`);

    await q.query(`
      CREATE TABLE audit_flags (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        record_id        uuid NOT NULL REFERENCES declared_records(id) ON DELETE CASCADE,
        declaration_id   uuid NOT NULL REFERENCES service_declarations(id),
        region_id        text NOT NULL REFERENCES regions(id),
        county_id        text,
        institution_id   uuid NOT NULL REFERENCES institutions(id),
        month            text NOT NULL,
        rule             text NOT NULL,
        severity         text NOT NULL CHECK (severity IN ('blocking','warning')),
        citation         text NOT NULL,
        message          text NOT NULL,
        evidence         jsonb NOT NULL,
        fingerprint      text NOT NULL,
        decision         text CHECK (decision IN ('pay','reduce','refuse')),
        decided_amount   numeric(12,2) CHECK (decided_amount >= 0),
        decision_reason  text,
        decided_by       uuid REFERENCES users(id),
        decided_at       timestamptz,
        version          int NOT NULL DEFAULT 1,
        created_at       timestamptz NOT NULL DEFAULT now(),
        UNIQUE (record_id, rule, fingerprint),
        CHECK ((decision IS NULL) = (decided_by IS NULL)),
        CHECK (decision IS NULL OR char_length(decision_reason) > 0),
        CHECK ((decision = 'reduce') = (decided_amount IS NOT NULL))
      )`);
    await q.query('CREATE INDEX audit_flags_declaration ON audit_flags (declaration_id, record_id)');
    await q.query('CREATE INDEX audit_flags_region_month ON audit_flags (region_id, month DESC, severity, created_at DESC, id)');
    await q.query('CREATE INDEX audit_flags_region_rule ON audit_flags (region_id, rule, month DESC, id)');
    await q.query('CREATE INDEX audit_flags_institution ON audit_flags (institution_id, month DESC, id)');
    await q.query(
      "CREATE INDEX audit_flags_undecided_blocking ON audit_flags (region_id, month, id) WHERE decision IS NULL AND severity = 'blocking'",
    );

    await q.query(`
      CREATE TABLE inspection_samples (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        declaration_id   uuid NOT NULL REFERENCES service_declarations(id),
        region_id        text NOT NULL REFERENCES regions(id),
        county_id        text,
        seed             text NOT NULL,
        size             int NOT NULL CHECK (size > 0),
        population       int NOT NULL CHECK (population >= size),
        record_ids       uuid[] NOT NULL,
        drawn_by         uuid NOT NULL REFERENCES users(id),
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX inspection_samples_declaration ON inspection_samples (declaration_id, created_at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE inspection_samples');
    await q.query('DROP TABLE audit_flags');
    await q.query('DROP TABLE declared_record_lines');
    await q.query('DROP TABLE declared_records');
    await q.query('DROP TABLE service_declarations');
    await q.query('DROP INDEX staff_id_number_hash');
    await q.query('DROP INDEX staff_institution_role');
    await q.query('ALTER TABLE claimants DROP COLUMN home_lat, DROP COLUMN home_lng');
    await q.query('ALTER TABLE staff DROP COLUMN id_number, DROP COLUMN id_number_masked, DROP COLUMN id_number_hash');
  }
}
