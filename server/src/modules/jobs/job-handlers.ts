import type { DataSource } from 'typeorm';
import { Db } from '../../common/db.js';
import { serviceItemImport } from '../care-plans/service-item.import.js';
import { contributionImport } from '../claimants/claimant.import.js';
import { declarationImport } from '../declarations/declaration.import.js';
import { fundBankStatementImport } from '../fund/fund-bank-statement.import.js';
import { fundIncomeImport } from '../fund/fund-income.import.js';
import { institutionImport } from '../institutions/institution.import.js';
import { PolicyDataService } from '../policy/policy-data.service.js';
import { settlementRunJob } from '../settlement/settlement.job.js';
import type { JobHandler } from './job.handler.js';
import { JobQueue, type JobQueueOptions } from './job.queue.js';

/** Every kind of job; a new one is a JobHandler added here. */
export const jobHandlers: readonly JobHandler[] = [
  institutionImport,
  fundIncomeImport,
  declarationImport,
  serviceItemImport,
  fundBankStatementImport,
];

/** The queue on the data source's database, running the handlers when `work` is set. */
export function createJobQueue(dataSource: DataSource, options: JobQueueOptions): JobQueue {
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error('the job queue needs the database URL');
  const db = new Db(dataSource);
  const policyData = new PolicyDataService(db);
  return new JobQueue(db, url, [...jobHandlers, contributionImport(policyData), settlementRunJob(policyData)], options);
}
