import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { logger } from '../../logger.js';
import { recordAudit } from '../audit/audit.service.js';
import { loadCaller } from '../auth/auth.service.js';
import { Job, JobState } from './job.entity.js';
import { type JobHandler, type JobOutcome, type JobRun, type Progress, Superseded } from './job.handler.js';

const QUEUE = 'ltci-jobs';

export interface JobQueueOptions {
  /** Whether this process runs jobs (a server can leave them to `npm run worker`). */
  work: boolean;
  /** A running job whose heartbeat is older than this is taken to be dead and is resumed. */
  staleSeconds: number;
  pollSeconds: number;
}

export interface Submission {
  kind: string;
  /** Submitting the same kind and key twice returns the first job: it runs once. */
  key: string;
  title: string;
  input?: Buffer;
  params?: Record<string, unknown>;
  /** `false` when the caller audits the record the job works for in the same transaction (the job's id in its row). */
  audit?: boolean;
}

/**
 * Jobs on pg-boss. pg-boss delivers "run job X" durably (in its own `pgboss` schema, enqueued in
 * the submitting transaction); our `jobs` table holds progress and the checkpoint, and a fenced
 * claim (`runner`, `heartbeat_at`) makes sure one runner at a time works on a job.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly runnerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly handlers = new Map<string, JobHandler>();
  private sweeper?: NodeJS.Timeout;
  private started = false;

  constructor(
    private readonly db: Db,
    url: string,
    handlers: readonly JobHandler[],
    private readonly options: JobQueueOptions,
  ) {
    for (const h of handlers) this.handlers.set(h.kind, h);
    this.boss = new PgBoss({ connectionString: url, max: 3, supervise: options.work, schedule: false });
    this.boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  }

  private get dataSource(): DataSource {
    return this.db.dataSource;
  }

  async start(): Promise<void> {
    await this.boss.start();
    // a duplicate delivery is harmless: the claim below lets one runner at a time through
    await this.boss.createQueue(QUEUE, { name: QUEUE, policy: 'standard', expireInHours: 4, retryLimit: 3 });
    this.started = true;
    if (!this.options.work) return;
    await this.boss.work<{ jobId: string }>(QUEUE, { pollingIntervalSeconds: this.options.pollSeconds }, async ([delivery]) => {
      if (delivery) await this.run(delivery.data.jobId);
    });
    await this.resumeAbandoned();
    this.sweeper = setInterval(() => void this.resumeAbandoned().catch(() => undefined), this.options.staleSeconds * 1000);
  }

  async stop(): Promise<void> {
    clearInterval(this.sweeper);
    if (this.started) await this.boss.stop({ graceful: false, wait: true, timeout: 2000 });
    this.started = false;
  }

  /**
   * Record a job and enqueue it in the caller's transaction, with its audit row; the same kind
   * and key again returns the existing job (`created: false`) and writes nothing.
   */
  async submit(caller: Caller, em: EntityManager, submission: Submission): Promise<{ job: Job; created: boolean }> {
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO jobs (kind, key, title, owner_id, owner_name, region_ids, input, params)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (kind, key) DO NOTHING RETURNING id`,
      [
        submission.kind,
        submission.key,
        submission.title,
        caller.id,
        caller.username,
        caller.regionIds,
        submission.input ?? null,
        submission.params ?? {},
      ],
    );
    if (!inserted.length) {
      return { job: await em.findOneByOrFail(Job, { kind: submission.kind, key: submission.key }), created: false };
    }
    const job = await em.findOneByOrFail(Job, { id: inserted[0].id });
    await this.boss.send(QUEUE, { jobId: job.id }, { db: managerDb(em) });
    if (submission.audit === false) return { job, created: true };
    await recordAudit(em, caller, {
      operation: 'submitJob',
      entityType: 'Job',
      entityId: job.id,
      regionId: caller.regionIds.length === 1 ? caller.regionIds[0] : null,
      after: { kind: job.kind, key: job.key, title: job.title },
    });
    return { job, created: true };
  }

  /**
   * Queue again the running jobs whose runner stopped beating (killed, crashed, lost its host).
   * Clearing `runner` fences the old run out: should it wake up, its next step finds the job no
   * longer its own and stops.
   */
  async resumeAbandoned(): Promise<void> {
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE jobs SET state = 'queued', runner = NULL, updated_at = now()
        WHERE state = 'running' AND heartbeat_at < now() - make_interval(secs => $1) RETURNING id`,
      [this.options.staleSeconds],
    );
    for (const { id } of rows) {
      logger.warn({ jobId: id }, 'resuming an abandoned job from its checkpoint');
      await this.boss.send(QUEUE, { jobId: id });
    }
  }

  /** Claim the queued job, run it from its checkpoint, record the outcome. */
  private async run(jobId: string): Promise<void> {
    const token = `${this.runnerId}:${randomUUID().slice(0, 8)}`;
    const [claimed]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE jobs SET state = 'running', runner = $2, heartbeat_at = now(), attempts = attempts + 1, updated_at = now()
        WHERE id = $1 AND state = 'queued' RETURNING id`,
      [jobId, token],
    );
    if (!claimed.length) return;
    const beat = setInterval(
      () =>
        void this.dataSource
          .query('UPDATE jobs SET heartbeat_at = now() WHERE id = $1 AND runner = $2', [jobId, token])
          .catch(() => undefined),
      (this.options.staleSeconds * 1000) / 3,
    );
    try {
      const outcome = await this.execute(jobId, token);
      await this.finish(jobId, token, outcome);
    } catch (error) {
      if (error instanceof Superseded) return;
      logger.error({ err: error, jobId }, 'job failed');
      await this.finish(jobId, token, { errors: [{ code: 'JOB_FAILED', message: `任务意外中止：${(error as Error).message}` }] });
    } finally {
      clearInterval(beat);
    }
  }

  private async execute(jobId: string, token: string): Promise<JobOutcome> {
    const job = await this.dataSource
      .getRepository(Job)
      .createQueryBuilder('j')
      .addSelect('j.input')
      .where('j.id = :jobId', { jobId })
      .getOneOrFail();
    const handler = this.handlers.get(job.kind);
    if (!handler) return { errors: [{ code: 'UNKNOWN_JOB_KIND', message: `未知的任务种类：${job.kind}` }] };
    const owner = job.ownerId ? await loadCaller(this.dataSource, job.ownerId) : null;
    if (!owner) return { errors: [{ code: 'OWNER_INACTIVE', message: '提交任务的用户已停用' }] };
    const run: JobRun = {
      job,
      owner: { ...owner, regionIds: owner.regionIds.filter((r) => job.regionIds.includes(r)) },
      input: job.input,
      reader: this.dataSource.manager,
      checkpoint: job.checkpoint,
      progress: (progress) => this.progress(this.dataSource.manager, jobId, token, progress),
      step: (work, after) =>
        this.db.transaction(`job ${job.kind}`, async (em) => {
          const [mine] = await em.query('SELECT id FROM jobs WHERE id = $1 AND runner = $2 FOR UPDATE', [jobId, token]);
          if (!mine) throw new Superseded(jobId);
          await work(em);
          await this.progress(em, jobId, token, after, after.checkpoint);
        }),
    };
    return handler.run(run);
  }

  private async progress(em: EntityManager, jobId: string, token: string, p: Progress, checkpoint?: Record<string, unknown>) {
    const [, changed] = await em.query(
      `UPDATE jobs SET phase = COALESCE($3, phase), done = COALESCE($4, done), total = COALESCE($5, total),
              checkpoint = COALESCE($6, checkpoint), updated_at = now()
        WHERE id = $1 AND runner = $2`,
      [jobId, token, p.phase ?? null, p.done ?? null, p.total ?? null, checkpoint ?? null],
    );
    if (!changed) throw new Superseded(jobId);
  }

  private async finish(jobId: string, token: string, outcome: JobOutcome): Promise<void> {
    const failed = 'errors' in outcome;
    await this.dataSource.query(
      `UPDATE jobs SET state = $3, phase = $4, errors = $5, result = $6, finished_at = now(), heartbeat_at = NULL, input = NULL, updated_at = now()
        WHERE id = $1 AND runner = $2`,
      [
        jobId,
        token,
        failed ? JobState.failed : JobState.succeeded,
        failed ? 'failed' : 'done',
        JSON.stringify(failed ? outcome.errors : []),
        failed ? null : outcome.result,
      ],
    );
  }
}

/** Let pg-boss write through our transaction, so a job is enqueued only if its row commits. */
function managerDb(em: EntityManager): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: await em.query(text, values) }) };
}

/**
 * Install pg-boss's schema and our queue as the database owner, right after the migrations, and let
 * the application role use them: the app role may not create tables (see the app-role migration).
 */
export async function installJobQueue(dataSource: DataSource, url: string): Promise<void> {
  const boss = new PgBoss({ connectionString: url, max: 1, supervise: false, schedule: false });
  await boss.start();
  await boss.createQueue(QUEUE, { name: QUEUE, policy: 'standard', expireInHours: 4, retryLimit: 3 });
  await boss.stop({ graceful: false, wait: true });
  await dataSource.query(`DO $$ BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'ltci_app') THEN
      GRANT USAGE ON SCHEMA pgboss TO ltci_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ltci_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgboss TO ltci_app;
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO ltci_app;
    END IF;
  END $$`);
}
