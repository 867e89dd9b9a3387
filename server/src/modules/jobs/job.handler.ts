import type { EntityManager } from 'typeorm';
import type { Caller } from '../../common/context.js';
import type { Job, JobIssue } from './job.entity.js';

/** What a job's code sees while it runs. */
export interface JobRun {
  job: Job;
  /** The job's submitter, as they are now (roles and regions re-read when the run starts). */
  owner: Caller;
  /** The file submitted with the job, if any. */
  input: Buffer | null;
  /** Where a previous, interrupted run left off (null on the first run). */
  checkpoint: Record<string, unknown> | null;
  /** Reads outside the steps (one statement at a time from the pool). */
  reader: EntityManager;
  /** Progress that needs no checkpoint (a validation pass that is simply redone after a restart). */
  progress(progress: Progress): Promise<void>;
  /**
   * One unit of work and its checkpoint in one transaction: both commit or neither, so a run
   * killed at any moment resumes exactly after the last committed step. Throws `Superseded`
   * when another runner has taken the job over meanwhile.
   */
  step(work: (em: EntityManager) => Promise<void>, after: Progress & { checkpoint: Record<string, unknown> }): Promise<void>;
}

export interface Progress {
  phase?: string;
  done?: number;
  total?: number;
}

/** A job ends with a result, or with the issues that stopped it (then nothing it guards was written). */
export type JobOutcome = { result: Record<string, unknown> } | { errors: JobIssue[] };

/** A kind of job: registered with the queue once, run by whichever worker picks it up. */
export interface JobHandler {
  kind: string;
  run(run: JobRun): Promise<JobOutcome>;
}

export class Superseded extends Error {
  constructor(jobId: string) {
    super(`job ${jobId} was taken over by another runner`);
  }
}
