import 'reflect-metadata';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getMetadataArgsStorage } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { isScopedEntity } from '../src/common/scope.js';
import { entities } from '../src/db/entities.js';
// every module the server runs, so that each declares its scope (the audit trail's is in its service)
import '../src/schema.js';

/**
 * Issue 7, item 4: one way to read scoped rows, `Scope` (common/scope.ts), which applies the
 * caller's regions and counties itself. This test reads every source file and fails when one reads
 * a scoped entity another way (the ORM with the entity's class, or SQL naming its table), unless
 * the read is listed here with the reason it needs no caller's scope. A new service that forgets
 * Scope fails here; so does an entry that no longer matches anything.
 */
const ALLOWED = new Map<string, string>([
  // supervision (issue 14)
  ['modules/supervision/supervision.loaders.ts InspectionFinding', 'the findings of inspections already read through Scope'],
  [
    'modules/supervision/inspection.service.ts users',
    'the inspectors named on a plan: id, name, role and region only, in the region asserted',
  ],
  [
    'modules/supervision/consequence.service.ts settlement_lines',
    'the paid settlement lines of the institution read and asserted through Scope',
  ],
  ['modules/supervision/consequence.service.ts settlement_sheets', 'whether those lines’ sheet was paid (its posting)'],
  ['modules/supervision/consequence.service.ts settlement_runs', 'whether those lines’ run was paid'],
  ['modules/supervision/consequence.service.ts supervision_consequences', 'what earlier recoveries took back of those payments'],
  ['modules/supervision/supervision.service.ts complaints', 'counts per institution of the region asserted (risk score)'],
  [
    'modules/supervision/supervision.service.ts declared_records',
    'records and carer-days per institution of the region asserted (risk score)',
  ],
  ['modules/supervision/supervision.service.ts audit_flags', 'whether those records were flagged (risk score)'],
  ['modules/supervision/supervision.service.ts rectifications', 'counts of the region asserted (dashboard)'],
  ['modules/supervision/supervision.service.ts supervision_consequences', 'recoveries summed for the region asserted (dashboard)'],
  ['modules/supervision/publication.service.ts institutions', 'the directory snapshot of the region asserted, no personal column'],
  ['modules/supervision/publication.service.ts counties', 'the county names of the directory snapshot'],
  ['modules/supervision/publication.service.ts annual_scorecards', 'the locked scorecards’ totals of the region asserted'],
  ['modules/supervision/publication.service.ts fund_postings', 'the year’s income and expenditure of the region asserted'],
  [
    'modules/supervision/publication.service.ts publications',
    'the public page: published rows only, without login by design (Qinhuangdao art. 73)',
  ],
  ['modules/supervision/publication.service.ts regions', 'the public page: region names'],
  ['modules/auth/auth.service.ts User', 'sign-in reads the user before there is a caller; `me` reads the caller’s own row'],
  ['modules/auth/auth.service.ts users', 'loadCaller: the token’s user, before there is a caller'],
  ['modules/auth/auth.service.ts counties', 'loadCaller: the counties the token’s user is bound to, which make their scope'],
  ['modules/users/user.service.ts User', 'changePassword: the caller’s own row'],
  ['modules/users/user.service.ts users', 'the administrators counted and locked system-wide (the last one stays)'],
  [
    'modules/users/user.service.ts Region',
    'the regions an administrator names exist (then assertPlace decides whether they may give them)',
  ],
  ['modules/users/user.service.ts County', 'the counties an administrator names exist and lie in the chosen regions (then assertPlace)'],
  ['modules/users/user.service.ts counties', 'the regions of the counties a user already has, to keep those of other regions'],
  ['modules/users/user.loaders.ts regions', 'the regions of users already read through Scope (the resolver keeps the caller’s)'],
  ['modules/users/user.loaders.ts counties', 'the counties of users already read through Scope (the resolver keeps the caller’s)'],
  ['modules/institutions/institution.service.ts Region', 'the region a draft names exists (then assertPlace)'],
  ['modules/institutions/institution.service.ts County', 'the county a draft names lies in its region (then assertPlace)'],
  ['modules/institutions/institution.import.ts Region', 'the regions by name, kept to the submitter’s'],
  [
    'modules/institutions/institution.import.ts institutions',
    'credit codes are unique across regions: a duplicate elsewhere is an error row, nothing shown of it',
  ],
  ['modules/agreements/agreement.loaders.ts Institution', 'the institutions of agreements already read through Scope'],
  ['modules/agreements/agreement.loaders.ts service_agreements', 'the agreements of institutions already read through Scope'],
  [
    'modules/agreements/agreement.service.ts ServiceAgreement',
    'the other agreements of an institution the caller reached and locked (workflow facts, derived status)',
  ],
  ['modules/regions/region.loaders.ts Region', 'the region of a row already read through Scope'],
  ['modules/regions/region.loaders.ts County', 'the county of a row already read through Scope'],
  ['modules/audit/audit.service.ts AuditLog', 'writes the audit row (insert only)'],
  ['modules/fund/fund-ledger.ts FundPosting', 're-reads the posting this transaction just wrote, in a region the caller was checked for'],
  ['modules/fund/fund-warnings.ts FundWarning', 'the warnings of the region whose posting this transaction wrote (region checked)'],
  ['modules/fund/fund-warnings.ts fund_accounts', 'the aggregates of the region whose posting this transaction wrote (region checked)'],
  ['modules/fund/fund.loaders.ts fund_postings', 'the reversals of postings already read through Scope'],
  ['modules/fund/fund.loaders.ts attachments', 'the count of approving documents of grants already read through Scope'],
  ['modules/fund/fund-grant.service.ts attachments', 'the approving documents of a grant locked through Scope (workflow facts)'],
  ['db/seed/demo-fund-grants.ts fund_accounts', 'demo data: the special account the seeded subsidy goes to'],
  ['modules/fund/fund.service.ts fund_postings', 'whether a posting read through Scope is already reversed'],
  ['modules/fund/fund.service.ts fund_reversals', 'whether a posting read through Scope has a reversal pending'],
  ['modules/claimants/claimant.service.ts Region', 'the regions a registration names exist (then assertPlace)'],
  ['modules/claimants/claimant.service.ts County', 'the counties a registration names lie in their regions (then assertPlace)'],
  ['modules/claimants/claimant.service.ts claimants', 'the whole number or phone of a claimant the caller reached through Scope'],
  [
    'modules/jobs/job.queue.ts Job',
    'the queue runs a job for its owner, by the id it holds; the owner’s regions are applied by the handler',
  ],
  ['modules/jobs/job.queue.ts jobs', 'the queue claims, beats and finishes jobs by id'],
  ['db/seed/bootstrap.ts User', 'first start: whether any user exists'],
  ['db/seed/seed.ts User', 'demo data: whether any user exists'],
  ['db/seed/demo-fund.ts fund_accounts', 'demo data: the statements of the accounts it has just made'],
  ['modules/fund/fund-dashboard.service.ts fund_accounts', 'the aggregates of the region whose accounts were read through Scope'],
  ['modules/fund/fund-income.import.ts FundAccount', 'the special and tax accounts of the submitter’s regions (kept to them)'],
  ['modules/fund/fund-income.import.ts Region', 'the regions by name, kept to the submitter’s'],
  ['modules/fund/fund-income.import.ts fund_postings', 'whether a batch reference of the file’s region was imported before'],
  [
    'modules/fund/fund-reconcile.ts fund_accounts',
    'the accounts of the region whose warnings this transaction recomputes (region checked)',
  ],
  ['modules/fund/fund-reconcile.ts fund_bank_statements', 'the statements of the region whose warnings this transaction recomputes'],
  ['modules/fund/fund-statement.service.ts FundBankStatement', 'the statement of an account read through Scope, by account and month'],
  ['modules/fund/fund-statement.service.ts fund_bank_statements', 'writes or reads statements of an account read through Scope'],
  ['db/production-checks.ts users', 'production refuses to start while demo users can sign in'],
  ['db/seed/demo-tpa.ts FundAccount', 'demo data: the accounts of the region whose demo TPA fees it posts'],
  ['db/seed/demo-tpa.ts institutions', 'demo data: the demo TPA of each region'],
  ['db/seed/demo-assessments.ts claimants', 'demo data: active claimants it has just seeded, for the demo applications'],
  ['db/seed/demo-assessments.ts institutions', 'demo data: an assessment institution of the region for the demo applications'],
  ['db/seed/demo-assessments.ts service_agreements', 'demo data: whether that institution’s agreement is in force'],
  ['db/seed/demo-assessments.ts staff', 'demo data: the institution’s pool, for the demo draw'],
  ['db/seed/demo-claimant-file.ts claimants', 'demo data: the demo claimants it gives a care plan or a sanction'],
  ['db/seed/demo-claimant-file.ts institutions', 'demo data: a demo care institution with an agreement in force'],
  ['db/seed/demo-claimant-file.ts service_agreements', 'demo data: a demo care institution with an agreement in force'],
  ['db/seed/demo-claimant-file.ts care_plans', 'demo data: only demo claimants without a care plan get one'],
  ['db/seed/demo-settlement.ts fund_accounts', 'demo data: the Haigang county account the demo settlement pays from'],
  ['modules/tpa/tpa-fee.service.ts fund_accounts', 'the cap’s ledger figures of the region of a payment read through Scope'],
  [
    'modules/tpa/tpa-fee.service.ts tpa_fee_payments',
    'the cap’s pending payments and the paid quarters of an assessment read through Scope',
  ],
  ['modules/tpa/tpa.loaders.ts TpaAssessment', 'the years of contracts already read through Scope (TPA filter included)'],
  ['modules/tpa/tpa.loaders.ts TpaContract', 'the contract of assessments already read through Scope'],
  ['modules/tpa/tpa.loaders.ts TpaFeePayment', 'the payments of assessments already read through Scope'],
  [
    'modules/tpa/tpa-scope.ts tpa_assessments',
    'the assessments of the TPA a TPA staff member works for, narrowing attachments already read through Scope',
  ],
  ['modules/tpa/tpa.loaders.ts TpaRectification', 'the cases of contracts already read through Scope'],
  ['modules/scorecards/scorecard.loaders.ts ScorecardEventRow', 'the events of scorecards already read through Scope'],
  ['modules/scorecards/scorecard.scoring.ts County', 'the areas of the region of a scorecard reached through Scope (Changzhou item 11(1))'],
  [
    'modules/scorecards/scorecard.scoring.ts MonthlyCount',
    'every institution’s counts in the region of a scorecard reached through Scope: the return-rate mean (Changzhou item 4(5))',
  ],
  ['modules/scorecards/scorecard.scoring.ts ScorecardEventRow', 'the events of scorecards reached and locked through Scope'],
  ['modules/institutions/institution.export.ts Staff', 'the staff of institutions already read through Scope'],
  ['modules/institutions/institution.loaders.ts Staff', 'the staff of institutions already read through Scope'],
  ['modules/institutions/institution.loaders.ts staff', 'the staff counts of institutions already read through Scope'],
  [
    'modules/institutions/institution.service.ts Staff',
    'the staff of the institution the caller reached and locked, for the audit and the removal check',
  ],
  [
    'modules/institutions/separation.ts institution_related_persons',
    'the separation rules are the region’s: other institutions sharing a person, region-wide (only name and kind told)',
  ],
  ['modules/institutions/separation.ts institutions', 'the name and kind of the institutions the separation rules compare'],
  ['modules/institutions/staff.service.ts institutions', 'the pool filter: the kind of the institution of staff rows read through Scope'],
  ['modules/institutions/staff.service.ts staff', 'a platform code of a removed assessor is refused everywhere (Xinjiang art. 16, 19)'],
  [
    'modules/agreements/agreement.service.ts Institution',
    'the state of the institution of an agreement the caller locked (workflow facts)',
  ],
  ['modules/institutions/institution.loaders.ts service_agreements', 'the agreements in force of institutions already read through Scope'],
  [
    'modules/institutions/institution.service.ts ServiceAgreement',
    'the agreements of an institution the caller reached and locked (workflow facts, kind change)',
  ],
  ['modules/users/user.export.ts regions', 'the regions of users already read through Scope, kept to the caller’s'],
  [
    'modules/care-plans/care-plan.facts.ts care_plans',
    'the guard asks whether the claimant of plans read through Scope has another accepted plan',
  ],
  [
    'modules/care-plans/care-plan.facts.ts service_agreements',
    'the guard asks whether the institutions of plans read through Scope have an agreement in force',
  ],
  [
    'modules/assessments/application.todo.ts assessment_applications',
    'the end-of-term to-do asks, inside a scoped read, whether the same claimant already has an end-of-term application',
  ],
  [
    'modules/care-plans/care-plan.facts.ts claimant_sanctions',
    'the guard asks whether the claimants of plans read through Scope are under a sanction in force',
  ],
  ['modules/claimants/claimant.loaders.ts Claimant', 'the claimant of a care plan or sanction already read through Scope'],
  ['modules/care-plans/care-plan.facts.ts counties', 'whether the county of a claimant read through Scope is a remote regiment'],
  ...(['assessment_applications', 'care_plans', 'claimant_sanctions', 'claimants', 'complaints'].map((t) => [
    `modules/claimants/claimant-file.service.ts ${t}`,
    'one file per person: the records of a claimant the caller reached through Scope (scope.one), unioned in SQL',
  ]) as [string, string][]),
  ['db/scale/load.ts users', 'seed:scale writes a scratch database only: it refuses one that already has users'],
  [
    'modules/agreements/agreement.scale.ts service_agreements',
    'seed:scale: the generated institutions take their latest agreement’s state',
  ],
  ['modules/fund/fund.scale.ts fund_postings', 'seed:scale: the monthly aggregates of the generated ledger, as its own write keeps them'],
  ['db/seed/demo-declarations.ts claimants', 'demo data: six Qinhuangdao claimants for the demo declarations'],
  ['db/seed/demo-declarations.ts institutions', 'demo data: two designated Qinhuangdao care institutions with carers'],
  ['db/seed/demo-declarations.ts service_agreements', 'demo data: the care institutions with an agreement in force last month'],
  ['db/seed/demo-declarations.ts service_declarations', 'demo data: the version of the declaration it has just made'],
  ['db/seed/demo-declarations.ts staff', 'demo data: the carers of the two institutions'],
  ['modules/declarations/audit-flag.export.ts declared_records', 'the record keys of flags already read through Scope'],
  ['modules/declarations/audit-flag.todo.ts audit_flags', 'whether a declaration read through Scope has undecided blocking flags'],
  ['modules/declarations/audit-run.ts audit_flags', 'replaces the flags of the declaration the caller reached and locked'],
  ['modules/declarations/audit-run.ts care_plans', 'the audit facts: the plans of the claimants of the declaration the caller locked'],
  ['modules/declarations/audit-run.ts claimants', 'the audit facts: the claimants of the declaration the caller locked'],
  ['modules/declarations/audit-run.ts declared_records', 'the records of the declaration the caller reached and locked'],
  [
    'modules/declarations/audit-run.ts service_agreements',
    'the audit facts: the agreements of the institution of the declaration the caller locked',
  ],
  ['modules/declarations/audit-run.ts staff', 'the audit facts: the carers the declaration the caller locked names'],
  ['modules/declarations/declaration.loaders.ts AuditFlagRow', 'the flags of records already read through Scope'],
  ['modules/declarations/declaration.loaders.ts audit_flags', 'the open blocking flags of declarations already read through Scope'],
  ['modules/declarations/declaration.loaders.ts claimants', 'the names of the claimants of records already read through Scope'],
  ['modules/declarations/declaration.loaders.ts declared_records', 'the keys of the records of flags already read through Scope'],
  [
    'modules/declarations/declaration.service.ts declared_records',
    'the records of the declaration the caller reached and locked (the sample’s population)',
  ],
  ['modules/declarations/declaration.service.ts inspection_samples', 'whether a record the caller reached and locked is in a sample'],
  [
    'modules/declarations/declaration.submit.ts care_plans',
    'the accepted plans of the claimants a batch names, for the declaration the caller locked',
  ],
  ['modules/declarations/declaration.submit.ts claimants', 'the claimants a batch names, kept to the declaration’s region'],
  ['modules/declarations/declaration.submit.ts declared_records', 'the upsert by key of the declaration the caller reached and locked'],
  [
    'modules/declarations/declaration.submit.ts service_declarations',
    'the declaration of an institution the caller reached (assertPlace), made or locked',
  ],
  ['modules/declarations/declaration.submit.ts staff', 'the carers a batch names, kept to the declaration’s region'],
  [
    'modules/settlement/settlement-facts.ts audit_flags',
    'the settlement job: the place and month of a run started through Scope (assertPlace), read for the run’s owner',
  ],
  [
    'modules/settlement/settlement-facts.ts care_plans',
    'the settlement job: the place and month of a run started through Scope (assertPlace), read for the run’s owner',
  ],
  [
    'modules/settlement/settlement-facts.ts claimants',
    'the settlement job: the place and month of a run started through Scope (assertPlace), read for the run’s owner',
  ],
  [
    'modules/settlement/settlement-facts.ts declared_records',
    'the settlement job: the place and month of a run started through Scope (assertPlace), read for the run’s owner',
  ],
  [
    'modules/settlement/settlement-facts.ts institutions',
    'the settlement job: the place and month of a run started through Scope (assertPlace), read for the run’s owner',
  ],
  [
    'modules/settlement/settlement-facts.ts service_declarations',
    'the settlement job: the place and month of a run started through Scope (assertPlace), read for the run’s owner',
  ],
  [
    'modules/settlement/settlement.job.ts declared_records',
    'the settlement job: the place and month of a run started through Scope (assertPlace), read for the run’s owner',
  ],
  [
    'modules/settlement/settlement.job.ts service_declarations',
    'the settlement job: the place and month of a run started through Scope (assertPlace), read for the run’s owner',
  ],
  ['modules/settlement/settlement.job.ts settlement_lines', 'the settlement job writes and sums its own run’s lines, by the run’s id'],
  ['modules/settlement/settlement.job.ts settlement_runs', 'the settlement job reads and completes its own run, by the id it was given'],
  ['modules/settlement/settlement.job.ts settlement_sheets', 'the settlement job writes and sums its own run’s sheets, by the run’s id'],
  [
    'modules/settlement/settlement-payment.ts institutions',
    'the names of the institutions of the sheets being paid, of a run locked through Scope',
  ],
  [
    'modules/settlement/settlement-payment.ts settlement_sheets',
    'the sheets of a run locked through Scope, paid in the approval’s transaction',
  ],
  ['modules/settlement/settlement.loaders.ts Job', 'the jobs of runs already read through Scope'],
  ['modules/settlement/settlement.service.ts audit_flags', 'the readiness of a place and month the caller was checked for (assertPlace)'],
  [
    'modules/settlement/settlement.service.ts service_declarations',
    'the readiness of a place and month the caller was checked for (assertPlace)',
  ],
  [
    'modules/settlement/settlement.service.ts settlement_runs',
    'whether a place and month the caller was checked for already has a live run',
  ],
  ['modules/settlement/statement.service.ts settlement_lines', 'the lines of a claimant read through Scope, kept to the caller’s regions'],
  ['modules/settlement/statement.service.ts settlement_runs', 'the state of the runs of those lines'],
  [
    'modules/designations/designation.records.ts Institution',
    'the institution of a designation application already read (and locked) through Scope',
  ],
  [
    'modules/designations/designation.records.ts InstitutionFinding',
    'the findings against the institution of an application read through Scope (Xinjiang art. 12)',
  ],
  [
    'modules/designations/designation.records.ts ServiceAgreement',
    'the agreements of the institution of an application read through Scope: terminated and why (Xinjiang art. 12(2)–(3))',
  ],
  ['modules/designations/designation.records.ts Staff', 'the staff of the institution of an application read through Scope'],
  [
    'modules/designations/designation.records.ts institution_related_persons',
    'Xinjiang art. 12(6): the region’s institutions sharing a person with the applicant, region-wide as the rule is the region’s',
  ],
  [
    'modules/designations/designation.records.ts institutions',
    'Xinjiang art. 12(6): the names and kinds of those institutions, nothing else told',
  ],
  ['modules/designations/designation.service.ts Institution', 'the names of the institutions of a round’s applications read through Scope'],
  [
    'modules/institutions/info-change.service.ts InstitutionFinding',
    'Xinjiang art. 21: whether the institution of a change read through Scope is under investigation',
  ],
  [
    'modules/fund/fund-bank-statement.import.ts FundAccount',
    'the fund’s own accounts by name, to tell another region’s (ACCOUNT_OTHER_REGION); only rows of the submitter’s regions are written, asserted',
  ],
  ['modules/fund/fund-bank-statement.import.ts Region', 'the regions by name, kept to the submitter’s'],
  ['modules/fund/fund-report.ts fund_accounts', 'the fund accounts of the region asserted just before (income and expenditure statement)'],
  ['modules/fund/fund-report.ts regions', 'the name of the region asserted, for the statement’s title'],
  [
    'modules/supervision/assessment-quality.ts assessment_applications',
    'Xinjiang art. 26: counts per assessment institution of the region asserted (assessment quality)',
  ],
  [
    'modules/supervision/restriction.ts supervision_consequences',
    'Qinhuangdao art. 71: the last suspension day of the institution of an agreement read through Scope',
  ],
  [
    'modules/supervision/supervision.loaders.ts supervision_consequences',
    'Qinhuangdao art. 71: the last suspension day of the institutions of agreements read through Scope',
  ],
  [
    'modules/care-plans/care-plan.service.ts AssessmentApplication',
    'Qinhuangdao art. 28: whether a later final conclusion of the same claimant (its own conclusion read through Scope) supersedes it',
  ],
  ...(['settlement_lines', 'settlement_runs'].map((t) => [
    `modules/claimants/claimant-file.service.ts ${t}`,
    'one file per person: the benefits paid to a claimant the caller reached through Scope (scope.one), read only',
  ]) as [string, string][]),
  [
    'modules/settlement/settlement-facts.ts settlement_lines',
    'the settlement job: what earlier runs of the year paid the claimants of its own chunk (annual caps)',
  ],
  ['modules/settlement/settlement-facts.ts settlement_runs', 'the settlement job: whether those earlier runs were returned'],
  [
    'modules/settlement/settlement-withholding.ts inspection_findings',
    'the settlement job: the finding behind a withholding on its own run’s institutions (its explanation)',
  ],
  [
    'modules/settlement/settlement-withholding.ts rectifications',
    'the settlement job: whether that finding’s rectification is verified (release, Qinhuangdao art. 71)',
  ],
  [
    'modules/settlement/settlement-withholding.ts settlement_runs',
    'the settlement job: whether earlier withholdings’ runs were paid or returned',
  ],
  ['modules/settlement/settlement-withholding.ts settlement_sheets', 'the settlement job writes its own run’s sheets, by the run’s id'],
  [
    'modules/settlement/settlement-withholding.ts supervision_consequences',
    'the settlement job: the withholdings decided on its own run’s institutions, in the run’s region',
  ],
  [
    'modules/settlement/settlement.job.ts assessment_fees',
    'the settlement job claims the queued fees of its own run’s region and month (Qinhuangdao art. 54)',
  ],
  [
    'modules/settlement/settlement.job.ts claimants',
    'the settlement job: the categories of its own run’s claimants (whether an annual cap applies)',
  ],
  [
    'modules/settlement/settlement.service.ts assessment_fees',
    'whether fees are queued in a region the caller was checked for (assertPlace)',
  ],
  ['modules/settlement/settlement.service.ts settlement_sheets', 'the payable total of a run already read through Scope (the funds check)'],
  [
    'modules/policy/policy-change.service.ts settlement_runs',
    'the last settled month of regions whose changes were already read or asserted through Scope (max month, no rows leave)',
  ],
  [
    'modules/institutions/institution.service.ts AssessmentApplication',
    'how many applications name an institution the caller reached and locked (its kind change)',
  ],
  [
    'modules/institutions/institution.service.ts DesignationApplication',
    'how many designation applications an institution the caller reached and locked has (its kind change)',
  ],
  [
    'modules/institutions/institution.service.ts TpaContract',
    'how many contracts an institution the caller reached and locked has as TPA (its kind change)',
  ],
  [
    'modules/scorecards/scorecard.loaders.ts AnnualScorecard',
    'Xinjiang art. 27: the latest signed-off total of the institution of an agreement already read through Scope',
  ],
]);

const SRC = join(import.meta.dirname, '../src');
const READS =
  'find|findBy|findOne|findOneBy|findOneOrFail|findOneByOrFail|findAndCount|exists|existsBy|count|countBy|getRepository|createQueryBuilder';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

function scopedEntities(): { className: string; table: string }[] {
  const tables = getMetadataArgsStorage().tables;
  return entities
    .filter((e) => isScopedEntity(e))
    .map((e) => ({ className: e.name, table: String(tables.find((t) => t.target === e)?.name) }));
}

function readsOutsideScope(): string[] {
  const scoped = scopedEntities();
  const orm = new RegExp(`\\b(?:${READS})\\(\\s*(${scoped.map((s) => s.className).join('|')})\\b`, 'g');
  const sql = new RegExp(`\\b(?:FROM|JOIN)\\s+(${scoped.map((s) => s.table).join('|')})\\b`, 'g');
  const hits = new Set<string>();
  for (const path of sourceFiles(SRC)) {
    const file = relative(SRC, path);
    if (file === 'common/scope.ts') continue;
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(orm)) hits.add(`${file} ${m[1]}`);
    for (const m of text.matchAll(sql)) hits.add(`${file} ${m[1]}`);
  }
  return [...hits].sort();
}

describe('scoped entities are read only through Scope', () => {
  it('knows the scoped entities', () => {
    expect(
      scopedEntities()
        .map((s) => s.className)
        .sort(),
    ).toEqual([
      'AnnualScorecard',
      'AssessmentApplication',
      'AssessmentFee',
      'AssessorRelation',
      'Attachment',
      'AuditFlagRow',
      'AuditLog',
      'CarePlan',
      'Claimant',
      'ClaimantSanction',
      'Complaint',
      'County',
      'DeclaredRecordRow',
      'DesignationApplication',
      'FundAccount',
      'FundBankStatement',
      'FundGrant',
      'FundPosting',
      'FundReversal',
      'FundWarning',
      'InfoChange',
      'Inspection',
      'InspectionFinding',
      'InspectionSample',
      'Institution',
      'InstitutionFinding',
      'Job',
      'MonthlyCount',
      'PolicyChange',
      'Publication',
      'Rectification',
      'Region',
      'RelatedPerson',
      'ScorecardEventRow',
      'ServiceAgreement',
      'ServiceDeclaration',
      'SettlementLine',
      'SettlementRun',
      'SettlementSheet',
      'Staff',
      'SupervisionConsequence',
      'TpaAssessment',
      'TpaContract',
      'TpaFeePayment',
      'TpaRectification',
      'User',
    ]);
  });

  it('no source file reads a scoped entity another way, unless listed with its reason', () => {
    expect(readsOutsideScope().filter((hit) => !ALLOWED.has(hit))).toEqual([]);
  });

  it('every listed exception still exists (the list does not grow stale)', () => {
    const hits = new Set(readsOutsideScope());
    expect([...ALLOWED.keys()].filter((key) => !hits.has(key))).toEqual([]);
  });
});
