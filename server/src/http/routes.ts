import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { Db } from '../common/db.js';
import type { ListExport } from '../common/list-export.js';
import type { ServerConfig } from '../config.js';
import { agreementExport } from '../modules/agreements/agreement.export.js';
import { ServiceAgreementService } from '../modules/agreements/agreement.service.js';
import { applicationExport } from '../modules/assessments/application.export.js';
import { AssessmentApplicationService } from '../modules/assessments/application.service.js';
import { AttachmentFiles } from '../modules/attachments/attachment.files.js';
import { AttachmentStorage } from '../modules/attachments/attachment.storage.js';
import { auditLogExport } from '../modules/audit/audit.export.js';
import { AuditQueryService } from '../modules/audit/audit-query.service.js';
import { carePlanExport } from '../modules/care-plans/care-plan.export.js';
import { CarePlanService } from '../modules/care-plans/care-plan.service.js';
import { serviceItemExport } from '../modules/care-plans/service-item.export.js';
import { claimantExport } from '../modules/claimants/claimant.export.js';
import { ClaimantService } from '../modules/claimants/claimant.service.js';
import { complaintExport } from '../modules/complaints/complaint.export.js';
import { ComplaintService } from '../modules/complaints/complaint.service.js';
import { auditFlagExport } from '../modules/declarations/audit-flag.export.js';
import { AuditFlagService } from '../modules/declarations/audit-flag.service.js';
import { declarationExport } from '../modules/declarations/declaration.export.js';
import { DeclarationService } from '../modules/declarations/declaration.service.js';
import { designationExport, designationRankingExport } from '../modules/designations/designation.export.js';
import { DesignationService } from '../modules/designations/designation.service.js';
import { fundStatementExport } from '../modules/fund/fund.export.js';
import { FundService } from '../modules/fund/fund.service.js';
import { fundGrantExport } from '../modules/fund/fund-grant.export.js';
import { FundGrantService } from '../modules/fund/fund-grant.service.js';
import { fundReportExport } from '../modules/fund/fund-report.js';
import { infoChangeExport } from '../modules/institutions/info-change.export.js';
import { InfoChangeService } from '../modules/institutions/info-change.service.js';
import { institutionExport } from '../modules/institutions/institution.export.js';
import { InstitutionService } from '../modules/institutions/institution.service.js';
import { assessorPoolExport } from '../modules/institutions/staff.export.js';
import { StaffService } from '../modules/institutions/staff.service.js';
import type { JobQueue } from '../modules/jobs/job.queue.js';
import { createJobQueue } from '../modules/jobs/job-handlers.js';
import { PolicyDataService } from '../modules/policy/policy-data.service.js';
import { regionExport } from '../modules/regions/region.export.js';
import { RegionService } from '../modules/regions/region.service.js';
import { scorecardExport, scorecardRankingExport } from '../modules/scorecards/scorecard.export.js';
import { ScorecardService } from '../modules/scorecards/scorecard.service.js';
import { settlementSheetExport } from '../modules/settlement/settlement.export.js';
import { SettlementService } from '../modules/settlement/settlement.service.js';
import { settlementRunExport } from '../modules/settlement/settlement-run.export.js';
import { ConsequenceService } from '../modules/supervision/consequence.service.js';
import { inspectionExport } from '../modules/supervision/inspection.export.js';
import { InspectionService } from '../modules/supervision/inspection.service.js';
import { rectificationExport } from '../modules/supervision/rectification.export.js';
import { tpaAssessmentExport, tpaContractExport, tpaFeePaymentExport } from '../modules/tpa/tpa.export.js';
import { TpaAssessmentService } from '../modules/tpa/tpa-assessment.service.js';
import { TpaContractService } from '../modules/tpa/tpa-contract.service.js';
import { TpaFeeService } from '../modules/tpa/tpa-fee.service.js';
import { userExport } from '../modules/users/user.export.js';
import { UserService } from '../modules/users/user.service.js';
import { mountAttachments } from './attachments.js';
import { mountExports } from './export.js';
import type { CallerOf } from './http-errors.js';
import { mountImports } from './import.js';
import { mountPublicDisclosure } from './public.js';

export interface HttpRoutes {
  router: Router;
  /** The queue, for the GraphQL mutations that start a job (the monthly settlement). */
  queue: JobQueue;
  close(): Promise<void>;
}

/** The routes beside GraphQL (exports, imports, attachments' files) and the job queue they submit to. */
export async function httpRoutes(dataSource: DataSource, config: ServerConfig, callerOf: CallerOf): Promise<HttpRoutes> {
  const db = new Db(dataSource);
  const queue = createJobQueue(dataSource, { work: config.jobsInServer, staleSeconds: config.jobStaleSeconds, pollSeconds: 1 });
  await queue.start();
  const router = Router();
  const exports = [
    institutionExport(db, new InstitutionService(db)),
    auditLogExport(new AuditQueryService(db)),
    regionExport(new RegionService(db)),
    tpaContractExport(new TpaContractService(db)),
    tpaAssessmentExport(new TpaAssessmentService(db)),
    agreementExport(db, new ServiceAgreementService(db)),
    userExport(db, new UserService(db)),
    fundStatementExport(db, new FundService(db)),
    auditFlagExport(db, new AuditFlagService(db)),
    fundGrantExport(db, new FundGrantService(db)),
    settlementSheetExport(db, new SettlementService(db, null)),
    scorecardExport(db, new ScorecardService(db)),
    scorecardRankingExport(new ScorecardService(db)),
    complaintExport(db, new ComplaintService(db)),
    designationRankingExport(new DesignationService(db, new PolicyDataService(db))),
    fundReportExport(db),
    tpaFeePaymentExport(db, new TpaFeeService(db)),
    claimantExport(db, new ClaimantService(db, new PolicyDataService(db))),
    settlementRunExport(db, new SettlementService(db, null)),
    declarationExport(db, new DeclarationService(db, new PolicyDataService(db))),
    applicationExport(db, new AssessmentApplicationService(db, new PolicyDataService(db))),
    carePlanExport(db, new CarePlanService(db, new PolicyDataService(db))),
    serviceItemExport(db),
    inspectionExport(new InspectionService(db)),
    rectificationExport(db, new ConsequenceService(db)),
    designationExport(db, new DesignationService(db, new PolicyDataService(db))),
    infoChangeExport(db, new InfoChangeService(db, new PolicyDataService(db))),
    assessorPoolExport(db, new StaffService(db)),
  ] as ListExport<never>[];
  mountExports(router, db, callerOf, exports);
  mountImports(router, db, callerOf, queue);
  mountPublicDisclosure(router, dataSource);
  mountAttachments(router, callerOf, new AttachmentFiles(db, new AttachmentStorage(config.attachmentsDir)));
  return { router, queue, close: () => queue.stop() };
}
