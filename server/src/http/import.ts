import express, { type Request, type Response, type Router } from 'express';
import type { Db } from '../common/db.js';
import { BadUserInputError } from '../common/errors.js';
import { FUND_INCOME_IMPORT, fundIncomeTemplate } from '../modules/fund/fund-income.import.js';
import { fileKey, INSTITUTION_IMPORT, importTemplate } from '../modules/institutions/institution.import.js';
import type { JobQueue } from '../modules/jobs/job.queue.js';
import { attachment, authorize, type CallerOf, sendError } from './http-errors.js';

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * POST /import/Institution with the file as the body (.xlsx or .csv, told apart by content): a job
 * keyed by the file's SHA-256, so the same file sent twice imports once. GET …/template: the
 * template to fill in.
 */
export function mountImports(router: Router, db: Db, callerOf: CallerOf, queue: JobQueue): void {
  router.get('/import/Institution/template', async (req: Request, res: Response) => {
    try {
      await authorize(callerOf, req, 'institution.import');
      res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('content-disposition', attachment('定点机构导入模板.xlsx'));
      res.send(await importTemplate());
    } catch (error) {
      sendError(res, error);
    }
  });
  router.post('/import/Institution', express.raw({ type: () => true, limit: MAX_IMPORT_BYTES }), async (req: Request, res: Response) => {
    try {
      const caller = await authorize(callerOf, req, 'institution.import');
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!bytes.length) throw new BadUserInputError({ file: '请选择要导入的 .xlsx 或 .csv 文件' });
      const fileName = String(req.headers['x-file-name'] ?? '');
      const { job, created } = await db.write(caller, 'importInstitutions', (scope) =>
        queue.submit(caller, scope.em, {
          kind: INSTITUTION_IMPORT,
          key: fileKey(bytes),
          title: `导入定点机构 ${decodeURIComponent(fileName)}`.trim(),
          input: bytes,
        }),
      );
      res.status(created ? 201 : 200).json({ job: { id: job.id, state: job.state, created } });
    } catch (error) {
      sendError(res, error);
    }
  });
  mountFundIncomeImport(router, db, callerOf, queue);
  router.use('/import', (error: unknown, _req: Request, res: Response, _next: unknown) => {
    const tooLarge = (error as { type?: string })?.type === 'entity.too.large';
    sendError(res, tooLarge ? new BadUserInputError({ file: `文件不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB` }) : error);
  });
}

/** POST /import/FundIncome: the tax authority's collection file as a job keyed by its SHA-256 (Qinhuangdao art. 51). */
function mountFundIncomeImport(router: Router, db: Db, callerOf: CallerOf, queue: JobQueue): void {
  router.get('/import/FundIncome/template', async (req: Request, res: Response) => {
    try {
      await authorize(callerOf, req, 'fund.import');
      res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('content-disposition', attachment('税务征缴收入导入模板.xlsx'));
      res.send(await fundIncomeTemplate());
    } catch (error) {
      sendError(res, error);
    }
  });
  router.post('/import/FundIncome', express.raw({ type: () => true, limit: MAX_IMPORT_BYTES }), async (req: Request, res: Response) => {
    try {
      const caller = await authorize(callerOf, req, 'fund.import');
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!bytes.length) throw new BadUserInputError({ file: '请选择要导入的 .xlsx 或 .csv 文件' });
      const fileName = String(req.headers['x-file-name'] ?? '');
      const { job, created } = await db.write(caller, 'importFundIncome', (scope) =>
        queue.submit(caller, scope.em, {
          kind: FUND_INCOME_IMPORT,
          key: fileKey(bytes),
          title: `导入税务征缴收入 ${decodeURIComponent(fileName)}`.trim(),
          input: bytes,
        }),
      );
      res.status(created ? 201 : 200).json({ job: { id: job.id, state: job.state, created } });
    } catch (error) {
      sendError(res, error);
    }
  });
}
