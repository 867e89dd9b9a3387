import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The metadata of files attached to any record (an institution, an agreement, …); the bytes live
 * in the attachments folder under `storage_key`. A deleted attachment is hidden, not erased: the
 * record's archive keeps it (Xinjiang art. 17) and the audit trail can still name it.
 */
export class Attachments1797100000000 implements MigrationInterface {
  name = 'Attachments1797100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attachments (
        id               uuid PRIMARY KEY,
        owner_type       text NOT NULL,
        owner_id         text NOT NULL,
        region_id        text NOT NULL REFERENCES regions(id),
        category         text NOT NULL,
        file_name        text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        content_type     text NOT NULL,
        size_bytes       bigint NOT NULL CHECK (size_bytes > 0),
        sha256           text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key      text NOT NULL UNIQUE,
        uploaded_by      uuid REFERENCES users(id),
        uploaded_by_name text NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now(),
        deleted_at       timestamptz,
        deleted_by       uuid REFERENCES users(id)
      )`);
    await q.query('CREATE INDEX attachments_owner ON attachments (owner_type, owner_id, created_at DESC) WHERE deleted_at IS NULL');
    await q.query('CREATE INDEX attachments_region_created ON attachments (region_id, created_at DESC) WHERE deleted_at IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE attachments');
  }
}
