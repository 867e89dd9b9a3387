import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { Db } from './common/db.js';
import { ServiceAgreementResolver } from './modules/agreements/agreement.resolver.js';
import { ServiceAgreementService } from './modules/agreements/agreement.service.js';
import { AssessmentApplicationResolver } from './modules/assessments/application.resolver.js';
import { AssessmentApplicationService } from './modules/assessments/application.service.js';
import { AssessmentStepsResolver } from './modules/assessments/application-steps.resolver.js';
import { AttachmentResolver } from './modules/attachments/attachment.resolver.js';
import { AttachmentService } from './modules/attachments/attachment.service.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { AuditQueryService } from './modules/audit/audit-query.service.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { AuthService } from './modules/auth/auth.service.js';
import { authChecker } from './modules/auth/auth-checker.js';
import type { TokenSigner } from './modules/auth/token.js';
import { CalculatorResolver } from './modules/calculators/calculator.resolver.js';
import { CalculatorService } from './modules/calculators/calculator.service.js';
import { CarePlanResolver } from './modules/care-plans/care-plan.resolver.js';
import { CarePlanService } from './modules/care-plans/care-plan.service.js';
import { CareServiceItemResolver } from './modules/care-plans/service-item.resolver.js';
import { ClaimantResolver } from './modules/claimants/claimant.resolver.js';
import { ClaimantService } from './modules/claimants/claimant.service.js';
import { ClaimantFileResolver } from './modules/claimants/claimant-file.resolver.js';
import { ClaimantFileService } from './modules/claimants/claimant-file.service.js';
import { ClaimantRecordsService } from './modules/claimants/claimant-records.service.js';
import { ClaimantSanctionResolver } from './modules/claimants/sanction.resolver.js';
import { SanctionService } from './modules/claimants/sanction.service.js';
import { ComplaintResolver } from './modules/complaints/complaint.resolver.js';
import { ComplaintService } from './modules/complaints/complaint.service.js';
import { AuditFlagResolver } from './modules/declarations/audit-flag.resolver.js';
import { AuditFlagService } from './modules/declarations/audit-flag.service.js';
import { DeclarationResolver, DeclaredRecordResolver } from './modules/declarations/declaration.resolver.js';
import { DeclarationService } from './modules/declarations/declaration.service.js';
import { DesignationResolver } from './modules/designations/designation.resolver.js';
import { DesignationService } from './modules/designations/designation.service.js';
import { FindingService } from './modules/designations/finding.service.js';
import { FundAccountResolver, FundPostingResolver, FundReversalResolver, FundWarningResolver } from './modules/fund/fund.resolver.js';
import { FundService } from './modules/fund/fund.service.js';
import { FundDashboardService } from './modules/fund/fund-dashboard.service.js';
import { FundGrantResolver } from './modules/fund/fund-grant.resolver.js';
import { FundGrantService } from './modules/fund/fund-grant.service.js';
import { FundStatementResolver } from './modules/fund/fund-statement.resolver.js';
import { FundStatementService } from './modules/fund/fund-statement.service.js';
import { InfoChangeResolver } from './modules/institutions/info-change.resolver.js';
import { InfoChangeService } from './modules/institutions/info-change.service.js';
import { InstitutionResolver } from './modules/institutions/institution.resolver.js';
import { InstitutionService } from './modules/institutions/institution.service.js';
import { RelatedPersonResolver } from './modules/institutions/related-person.resolver.js';
import { RelatedPersonService } from './modules/institutions/related-person.service.js';
import { StaffResolver } from './modules/institutions/staff.resolver.js';
import { StaffService } from './modules/institutions/staff.service.js';
import type { JobQueue } from './modules/jobs/job.queue.js';
import { JobResolver } from './modules/jobs/job.resolver.js';
import { JobService } from './modules/jobs/job.service.js';
import { PolicyChangeResolver } from './modules/policy/policy-change.resolver.js';
import { PolicyChangeService } from './modules/policy/policy-change.service.js';
import { PolicyDataResolver } from './modules/policy/policy-data.resolver.js';
import { PolicyDataService } from './modules/policy/policy-data.service.js';
import { CountyResolver, RegionResolver } from './modules/regions/region.resolver.js';
import { RegionService } from './modules/regions/region.service.js';
import { AnnualScorecardResolver } from './modules/scorecards/scorecard.resolver.js';
import { ScorecardService } from './modules/scorecards/scorecard.service.js';
import { BenefitStatementLineResolver, SettlementRunResolver, SettlementSheetResolver } from './modules/settlement/settlement.resolver.js';
import { SettlementService } from './modules/settlement/settlement.service.js';
import { StatementService } from './modules/settlement/statement.service.js';
import { ConsequenceService } from './modules/supervision/consequence.service.js';
import { InspectionFindingResolver, InspectionResolver } from './modules/supervision/inspection.resolver.js';
import { InspectionService } from './modules/supervision/inspection.service.js';
import { PublicationService } from './modules/supervision/publication.service.js';
import { RectificationResolver } from './modules/supervision/rectification.resolver.js';
import { SupervisionResolver } from './modules/supervision/supervision.resolver.js';
import { SupervisionService } from './modules/supervision/supervision.service.js';
import { TodoResolver } from './modules/todo/todo.resolver.js';
import { TodoService } from './modules/todo/todo.service.js';
import { TpaAssessmentResolver, TpaContractResolver, TpaFeePaymentResolver, TpaRectificationResolver } from './modules/tpa/tpa.resolver.js';
import { TpaAssessmentService } from './modules/tpa/tpa-assessment.service.js';
import { TpaContractService } from './modules/tpa/tpa-contract.service.js';
import { TpaFeeService } from './modules/tpa/tpa-fee.service.js';
import { TpaRectificationService } from './modules/tpa/tpa-rectification.service.js';
import { UserResolver } from './modules/users/user.resolver.js';
import { UserService } from './modules/users/user.service.js';

export const resolvers = [
  AuthResolver,
  RegionResolver,
  CountyResolver,
  UserResolver,
  InstitutionResolver,
  ServiceAgreementResolver,
  AttachmentResolver,
  AuditResolver,
  CalculatorResolver,
  PolicyDataResolver,
  PolicyChangeResolver,
  JobResolver,
  InfoChangeResolver,
  TodoResolver,
  FundAccountResolver,
  FundPostingResolver,
  FundReversalResolver,
  FundWarningResolver,
  TpaContractResolver,
  TpaAssessmentResolver,
  TpaFeePaymentResolver,
  TpaRectificationResolver,
  FundStatementResolver,
  FundGrantResolver,
  ClaimantResolver,
  AnnualScorecardResolver,
  ComplaintResolver,
  DesignationResolver,
  StaffResolver,
  RelatedPersonResolver,
  AssessmentApplicationResolver,
  CarePlanResolver,
  InspectionResolver,
  InspectionFindingResolver,
  RectificationResolver,
  SupervisionResolver,
  SettlementRunResolver,
  SettlementSheetResolver,
  BenefitStatementLineResolver,
  DeclarationResolver,
  DeclaredRecordResolver,
  AuditFlagResolver,
  AssessmentStepsResolver,
  CareServiceItemResolver,
  ClaimantSanctionResolver,
  ClaimantFileResolver,
] as const;

/** Wire services into resolvers by hand: the whole object graph is visible in one place. */
function createResolverInstances(dataSource: DataSource, signer: TokenSigner, queue: JobQueue | null): Map<unknown, unknown> {
  const db = new Db(dataSource);
  const policyData = new PolicyDataService(db);
  const declarations = new DeclarationService(db, policyData);
  const fund = new FundService(db);
  const regions = new RegionService(db);
  const applications = new AssessmentApplicationService(db, policyData);
  return new Map<unknown, unknown>([
    [AuthResolver, new AuthResolver(new AuthService(db, signer))],
    [RegionResolver, new RegionResolver(regions)],
    [CountyResolver, new CountyResolver(regions)],
    [UserResolver, new UserResolver(new UserService(db))],
    [InstitutionResolver, new InstitutionResolver(new InstitutionService(db, policyData))],
    [ServiceAgreementResolver, new ServiceAgreementResolver(new ServiceAgreementService(db))],
    [AttachmentResolver, new AttachmentResolver(new AttachmentService(db))],
    [AuditResolver, new AuditResolver(new AuditQueryService(db))],
    [CalculatorResolver, new CalculatorResolver(new CalculatorService(policyData))],
    [PolicyDataResolver, new PolicyDataResolver(policyData)],
    [PolicyChangeResolver, new PolicyChangeResolver(new PolicyChangeService(db, policyData))],
    [JobResolver, new JobResolver(new JobService(db))],
    [InfoChangeResolver, new InfoChangeResolver(new InfoChangeService(db, policyData))],
    [TodoResolver, new TodoResolver(new TodoService(db, policyData))],
    [FundAccountResolver, new FundAccountResolver(fund)],
    [FundPostingResolver, new FundPostingResolver(fund)],
    [FundReversalResolver, new FundReversalResolver(fund)],
    [FundWarningResolver, new FundWarningResolver(fund)],
    [TpaContractResolver, new TpaContractResolver(new TpaContractService(db))],
    [TpaAssessmentResolver, new TpaAssessmentResolver(new TpaAssessmentService(db), db)],
    [TpaFeePaymentResolver, new TpaFeePaymentResolver(new TpaFeeService(db), db)],
    [TpaRectificationResolver, new TpaRectificationResolver(new TpaRectificationService(db))],
    [FundStatementResolver, new FundStatementResolver(new FundStatementService(db), new FundDashboardService(db))],
    [FundGrantResolver, new FundGrantResolver(new FundGrantService(db))],
    [
      ClaimantResolver,
      new ClaimantResolver(new ClaimantService(db, policyData), new ClaimantRecordsService(db, policyData), db, policyData),
    ],
    [AnnualScorecardResolver, new AnnualScorecardResolver(new ScorecardService(db))],
    [ComplaintResolver, new ComplaintResolver(new ComplaintService(db))],
    [StaffResolver, new StaffResolver(new StaffService(db))],
    [RelatedPersonResolver, new RelatedPersonResolver(new RelatedPersonService(db, policyData))],
    [AssessmentApplicationResolver, new AssessmentApplicationResolver(applications, db)],
    [InspectionResolver, new InspectionResolver(new InspectionService(db))],
    [InspectionFindingResolver, new InspectionFindingResolver()],
    [RectificationResolver, new RectificationResolver(new ConsequenceService(db))],
    [SupervisionResolver, new SupervisionResolver(new SupervisionService(db), new PublicationService(db))],
    [
      SettlementRunResolver,
      new SettlementRunResolver(new SettlementService(db, queue), new StatementService(db, new ComplaintService(db))),
    ],
    [SettlementSheetResolver, new SettlementSheetResolver()],
    [BenefitStatementLineResolver, new BenefitStatementLineResolver()],
    [DeclarationResolver, new DeclarationResolver(declarations)],
    [DeclaredRecordResolver, new DeclaredRecordResolver(declarations)],
    [AuditFlagResolver, new AuditFlagResolver(new AuditFlagService(db))],
    [DesignationResolver, new DesignationResolver(new DesignationService(db, policyData), new FindingService(db))],
    [AssessmentStepsResolver, new AssessmentStepsResolver(applications, db)],
    [AssessmentApplicationResolver, new AssessmentApplicationResolver(new AssessmentApplicationService(db, policyData), db)],
    [CarePlanResolver, new CarePlanResolver(new CarePlanService(db, policyData))],
    [CareServiceItemResolver, new CareServiceItemResolver(db)],
    [ClaimantSanctionResolver, new ClaimantSanctionResolver(new SanctionService(db, policyData))],
    [ClaimantFileResolver, new ClaimantFileResolver(new ClaimantFileService(db, policyData))],
  ]);
}

export function createSchema(dataSource: DataSource, signer: TokenSigner, queue: JobQueue | null = null): Promise<GraphQLSchema> {
  const instances = createResolverInstances(dataSource, signer, queue);
  return buildSchema({
    resolvers,
    authChecker,
    validate: false,
    container: { get: (someClass) => instances.get(someClass) },
  });
}

/** The schema without a database, for printing `schema.graphql`. */
export function createSchemaForPrinting(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, authChecker, validate: false, container: { get: () => ({}) } });
}
