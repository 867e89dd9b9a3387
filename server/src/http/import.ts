import type { RightId } from '@ltci/shared';
import express, { type Request, type Response, type Router } from 'express';
import type { Db } from '../common/db.js';
import { BadUserInputError } from '../common/errors.js';
import { SERVICE_ITEM_IMPORT, serviceItemTemplate } from '../modules/care-plans/service-item.import.js';
import { CONTRIBUTION_IMPORT, contributionTemplate } from '../modules/claimants/claimant.import.js';
import { DECLARATION_IMPORT, declarationTemplate } from '../modules/declarations/declaration.import.js';
import { FUND_BANK_STATEMENT_IMPORT, fundBankStatementTemplate } from '../modules/fund/fund-bank-statement.import.js';
import { FUND_INCOME_IMPORT, fundIncomeTemplate } from '../modules/fund/fund-income.import.js';
import { fileKey, INSTITUTION_IMPORT, importTemplate } from '../modules/institutions/institution.import.js';
import type { JobQueue } from '../modules/jobs/job.queue.js';
import { attachment, authorize, type CallerOf, sendError } from './http-errors.js';

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * POST /import/Institution, /import/ClaimantContribution or /import/FundIncome with the file as the body (.xlsx or
 * .csv, told apart by content): a job keyed by the file's SHA-256, so the same file sent twice
 * imports once. GET …/template: the template to fill in.
 */
export function mountImports(router: Router, db: Db, callerOf: CallerOf, queue: JobQueue): void {
  const kinds: ImportKind[] = [
    {
      resource: 'Institution',
      right: 'institution.import',
      kind: INSTITUTION_IMPORT,
      title: '导入定点机构',
      templateName: '定点机构导入模板.xlsx',
      template: importTemplate,
    },
    {
      resource: 'ClaimantContribution',
      right: 'claimant.import',
      kind: CONTRIBUTION_IMPORT,
      title: '导入月度缴费',
      templateName: '月度缴费导入模板.xlsx',
      template: contributionTemplate,
    },
    {
      // the tax authority's collection file (Qinhuangdao art. 51)
      resource: 'FundIncome',
      right: 'fund.import',
      kind: FUND_INCOME_IMPORT,
      title: '导入税务征缴收入',
      templateName: '税务征缴收入导入模板.xlsx',
      template: fundIncomeTemplate,
    },
    {
      // a care institution's monthly service file (Qinhuangdao art. 55), entered for it by the agency or the TPA
      resource: 'ServiceDeclaration',
      right: 'declaration.import',
      kind: DECLARATION_IMPORT,
      title: '导入服务申报',
      templateName: '服务申报导入模板.xlsx',
      template: declarationTemplate,
    },
    {
      // the national LTCI service-item catalogue (Qinhuangdao art. 30; Tumxuk §5(二))
      resource: 'CareServiceItem',
      right: 'serviceItem.import',
      kind: SERVICE_ITEM_IMPORT,
      title: '导入长护服务项目目录',
      templateName: '长护服务项目目录导入模板.xlsx',
      template: serviceItemTemplate,
    },
    {
      // the banks' monthly statements of the fund's own accounts (账实相符, Qinhuangdao art. 49, 56)
      resource: 'FundBankStatement',
      right: 'fund.reconcile',
      kind: FUND_BANK_STATEMENT_IMPORT,
      title: '导入银行对账单',
      templateName: '银行对账单导入模板.xlsx',
      template: fundBankStatementTemplate,
    },
  ];
  for (const k of kinds) mountImport(router, db, callerOf, queue, k);
  router.use('/import', (error: unknown, _req: Request, res: Response, _next: unknown) => {
    const tooLarge = (error as { type?: string })?.type === 'entity.too.large';
    sendError(res, tooLarge ? new BadUserInputError({ file: `文件不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB` }) : error);
  });
}

interface ImportKind {
  resource: string;
  right: RightId;
  kind: string;
  title: string;
  templateName: string;
  template: () => Promise<Buffer>;
}

/** POST /import/<resource> with the file as the body; GET …/template. */
function mountImport(router: Router, db: Db, callerOf: CallerOf, queue: JobQueue, k: ImportKind): void {
  router.get(`/import/${k.resource}/template`, async (req: Request, res: Response) => {
    try {
      await authorize(callerOf, req, k.right);
      res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('content-disposition', attachment(k.templateName));
      res.send(await k.template());
    } catch (error) {
      sendError(res, error);
    }
  });
  router.post(`/import/${k.resource}`, express.raw({ type: () => true, limit: MAX_IMPORT_BYTES }), async (req: Request, res: Response) => {
    try {
      const caller = await authorize(callerOf, req, k.right);
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!bytes.length) throw new BadUserInputError({ file: '请选择要导入的 .xlsx 或 .csv 文件' });
      const fileName = String(req.headers['x-file-name'] ?? '');
      const { job, created } = await db.write(caller, `import${k.resource}`, (scope) =>
        queue.submit(caller, scope.em, {
          kind: k.kind,
          key: fileKey(bytes),
          title: `${k.title} ${decodeURIComponent(fileName)}`.trim(),
          input: bytes,
        }),
      );
      res.status(created ? 201 : 200).json({ job: { id: job.id, state: job.state, created } });
    } catch (error) {
      sendError(res, error);
    }
  });
}
