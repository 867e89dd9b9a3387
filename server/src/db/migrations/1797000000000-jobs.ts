import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Our record of long work: progress, checkpoint and errors of each job. The queue (pg-boss, in its
 * own `pgboss` schema) only delivers "run job X"; this table is what the dashboard reads and what a
 * restarted worker resumes from.
 */
export class Jobs1797000000000 implements MigrationInterface {
  name = 'Jobs1797000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE jobs (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind         text NOT NULL,
        key          text NOT NULL,
        title        text NOT NULL,
        owner_id     uuid REFERENCES users(id),
        owner_name   text NOT NULL,
        region_ids   text[] NOT NULL,
        state        text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'succeeded', 'failed')),
        phase        text NOT NULL DEFAULT 'queued',
        done         int NOT NULL DEFAULT 0,
        total        int NOT NULL DEFAULT 0,
        errors       jsonb NOT NULL DEFAULT '[]',
        result       jsonb,
        checkpoint   jsonb,
        input        bytea,
        params       jsonb NOT NULL DEFAULT '{}',
        runner       text,
        attempts     int NOT NULL DEFAULT 0,
        heartbeat_at timestamptz,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        finished_at  timestamptz,
        UNIQUE (kind, key)
      )`);
    await q.query('CREATE INDEX jobs_owner_created ON jobs (owner_id, created_at DESC)');
    await q.query(`CREATE INDEX jobs_running ON jobs (heartbeat_at) WHERE state = 'running'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE jobs');
  }
}
