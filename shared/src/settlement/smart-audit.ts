import type { BenefitParams } from '../benefits/params.js';
import type { IsoMonth } from '../core/dates.js';
import { fail, Issues, ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import type { EligibilityParams } from '../eligibility/params.js';
import type { AuditFacts } from './audit-facts.js';
import { AUDIT_CHECKS, type AuditHit } from './audit-rules.js';
import { type DeclaredRecord, declaredRecordIssues } from './declared-record.js';
import { type AuditSeverity, type SettlementParams, SMART_AUDIT_RULES, type SmartAuditRule } from './params.js';

/** A hit as it is stored on the record: a blocking one holds the record's payment until a reviewer decides it. */
export interface AuditFlag extends AuditHit {
  severity: Exclude<AuditSeverity, 'off'>;
}

export interface SmartAuditResult {
  flags: AuditFlag[];
  /** Keys of the records that may not be paid until each blocking flag is decided. */
  heldRecords: string[];
  /** Hits per rule, every rule listed (0 where it found nothing, null where the region turned it off). */
  hitsByRule: Record<SmartAuditRule, number | null>;
}

export interface SmartAuditInput {
  month: IsoMonth;
  records: DeclaredRecord[];
  facts: AuditFacts;
}

/**
 * The smart audit before settlement (Qinhuangdao art. 57 智能审核; policy-rules §9): every declared
 * record of the month is run through every rule of `AUDIT_CHECKS`; each hit becomes a flag with its
 * rule, article and evidence, blocking or warning as the region's pack says. Bad records (a visit
 * ending before it starts, days outside the month, a claimant without an accepted care plan) are
 * input errors, all listed at once: nothing of such a batch is audited.
 */
export interface SmartAuditParams {
  settlement: SettlementParams;
  benefits: BenefitParams;
  eligibility: EligibilityParams;
}

export function runSmartAudit(input: SmartAuditInput, params: SmartAuditParams): PolicyResult<SmartAuditResult> {
  const { settlement, eligibility } = params;
  const issues = new Issues();
  issues.list.push(...declaredRecordIssues(input.records, input.month));
  input.records.forEach((r, i) => {
    const claimant = r?.claimantId ? input.facts.claimants.get(r.claimantId) : undefined;
    if (r?.claimantId && !claimant)
      issues.add(`records.${i}.claimantId`, 'UNKNOWN_CLAIMANT', `没有参保人 ${r.claimantId} (no such claimant)`);
    else if (claimant && !claimant.carePlan && eligibility.carePlanRequired)
      issues.add(
        `records.${i}.claimantId`,
        'NO_ACCEPTED_CARE_PLAN',
        `该参保人没有已备案的护理计划 (no accepted care plan: ${eligibility.citations.carePlan})`,
      );
  });
  if (!issues.empty) return fail(issues.list);

  const t = new Tracer();
  const { severity } = settlement.smartAudit;
  const context = { records: input.records, facts: input.facts, ...params };
  const hits = AUDIT_CHECKS.flatMap((check) => check(context));
  const flags: AuditFlag[] = [];
  for (const hit of hits) {
    const level = severity[hit.rule];
    if (level !== 'off') flags.push({ ...hit, severity: level });
  }
  const hitsByRule = Object.fromEntries(SMART_AUDIT_RULES.map((rule) => [rule, severity[rule] === 'off' ? null : 0])) as Record<
    SmartAuditRule,
    number | null
  >;
  for (const flag of flags) hitsByRule[flag.rule] = (hitsByRule[flag.rule] ?? 0) + 1;
  for (const rule of SMART_AUDIT_RULES) {
    const citations = [...new Set(flags.filter((f) => f.rule === rule).map((f) => f.citation))];
    t.step(
      `settlement.smartAudit.${rule}`,
      citations.join('; ') || settlement.smartAudit.citation,
      { records: input.records.length, severity: severity[rule] },
      hitsByRule[rule],
    );
  }
  const heldRecords = [...new Set(flags.filter((f) => f.severity === 'blocking').map((f) => f.recordKey))];
  t.step(
    'settlement.smartAudit.held',
    settlement.smartAudit.citation,
    { blockingFlags: flags.filter((f) => f.severity === 'blocking').length },
    heldRecords.length,
    {
      note: '有阻断标记的记录在审核人员逐条决定（支付、核减、拒付）前不予结算 (held until a reviewer decides each blocking flag)',
    },
  );
  return ok({ flags, heldRecords, hitsByRule }, t.steps);
}
