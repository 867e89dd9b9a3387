import { D, RISK_COMPONENTS, riskRanking, riskScore } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { Scope } from '../../common/scope.js';
import { todayInChina } from '../../common/today.js';
import { Institution } from '../institutions/institution.entity.js';
import { assessmentQualityOf, assessorQualityOf } from './assessment-quality.js';
import type { AssessmentQualityView, InstitutionRisk, SupervisionDashboard } from './supervision.types.js';

/** The gaps the product cannot fill yet: what the risk score and the quality review would read. */
export const DATA_GAPS = {
  complaints: '投诉举报：尚无数据',
  auditFlags: '智能审核预警：近12个月尚无申报的服务记录（无数据）',
  atCap: '达到支付限额的待遇人员：尚无结算数据（无数据）',
  visitsPerCarer: '护理人员日均上门次数：近12个月尚无上门服务记录（无数据）',
  gradeChanges: '复评等级变更：近12个月尚无评估机构的评估结论（无数据；护理服务机构不适用）',
  quality: '评估质量：近12个月尚无评估机构的评估结论（无数据）',
  crossReview: '交叉复核（新疆细则第二十六条）：系统尚未记录交叉复核的抽样与复核结果，暂无法计算复核不一致率',
} as const;

/** Risk-ranked targets and the supervision dashboard (Qinhuangdao art. 67, 74; Xinjiang art. 26). */
export class SupervisionService {
  constructor(private readonly db: Db) {}

  riskRanking(caller: Caller, regionId: string): Promise<InstitutionRisk[]> {
    return this.db.read(caller, (scope) => rankingOf(scope, regionId));
  }

  /** Assessment quality per assessment institution of the region, or of one (Xinjiang art. 26). */
  assessmentQuality(
    caller: Caller,
    regionId: string,
    institutionId?: string | null,
    byAssessor?: boolean | null,
  ): Promise<AssessmentQualityView[]> {
    return this.db.read(caller, (scope) =>
      byAssessor ? assessorQualityOf(scope, regionId, institutionId) : assessmentQualityOf(scope, regionId, institutionId),
    );
  }

  dashboard(caller: Caller, regionId: string): Promise<SupervisionDashboard> {
    return this.db.read(caller, async (scope) => {
      scope.assertRegion(regionId);
      const today = todayInChina();
      const year = Number(today.slice(0, 4));
      const [r] = await scope.em.query(
        `SELECT count(*) FILTER (WHERE state IN ('ordered','overdue','rectified'))::int AS open,
                count(*) FILTER (WHERE state = 'overdue' OR (state = 'ordered' AND due_on < $2))::int AS overdue
           FROM rectifications WHERE region_id = $1`,
        [regionId, today],
      );
      const [c] = await scope.em.query(
        `SELECT count(*)::int AS n, coalesce(sum(amount), 0)::numeric(14,2)::text AS total FROM supervision_consequences
          WHERE region_id = $1 AND kind = 'recovery' AND decided_on >= $2`,
        [regionId, `${year}-01-01`],
      );
      const quality = await assessmentQualityOf(scope, regionId);
      const ranking = await rankingOf(scope, regionId, quality);
      return {
        regionId,
        year,
        openRectifications: r.open,
        overdueRectifications: r.overdue,
        recoveriesThisYear: c.n,
        recoveredThisYear: D(c.total).toFixed(2),
        riskRanking: ranking.slice(0, 20),
        qualityOutliers: quality.filter((q) => q.outlier),
        // a component is a gap when no institution of the region has its data yet
        dataGaps: [
          ...RISK_COMPONENTS.filter((id) => ranking.every((r) => r.missing.includes(id))).map(
            (id) => DATA_GAPS[id as keyof typeof DATA_GAPS],
          ),
          ...(quality.some((q) => q.conclusions > 0) ? [] : [DATA_GAPS.quality]),
          DATA_GAPS.crossReview,
        ],
      };
    });
  }
}

/** An assessment institution with conclusions: its re-assessed conclusions and the changed ones; otherwise no data. */
function gradeChangesOf(q: AssessmentQualityView | undefined): { reassessed: number; changed: number } | null {
  return q && q.conclusions > 0 ? { reassessed: q.reviewed, changed: q.changed } : null;
}

/** Every active institution of the region, scored from the data the product holds (complaints, declared records and their flags, re-assessments); the rest `noData`. */
async function rankingOf(scope: Scope, regionId: string, given?: AssessmentQualityView[]): Promise<InstitutionRisk[]> {
  scope.assertRegion(regionId);
  // Qinhuangdao art. 25; Xinjiang art. 26: an assessment institution's re-assessed conclusions and those whose grade changed
  const quality = new Map((given ?? (await assessmentQualityOf(scope, regionId))).map((q) => [q.unitId, q]));
  const institutions = await scope.rows(Institution, 'n', regionId).andWhere("n.state <> 'inactive'").orderBy('n.id').getMany();
  const since = new Date(Date.now() - 365 * 86400_000).toISOString().slice(0, 10);
  const counts: { institution_id: string; verified: number; open: number }[] = await scope.em.query(
    `SELECT institution_id, count(*) FILTER (WHERE state = 'verified')::int AS verified,
            count(*) FILTER (WHERE state IN ('received','investigating'))::int AS open
       FROM complaints WHERE region_id = $1 AND received_on >= $2 GROUP BY institution_id`,
    [regionId, since],
  );
  const byId = new Map(counts.map((c) => [c.institution_id, c]));
  const sinceMonth = since.slice(0, 7);
  // Qinhuangdao art. 57: the declared records of the last 12 months, and those the smart audit flagged
  const flags: { institution_id: string; records: number; flagged: number }[] = await scope.em.query(
    `SELECT r.institution_id, count(*)::int AS records,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM audit_flags f WHERE f.record_id = r.id))::int AS flagged
       FROM declared_records r WHERE r.region_id = $1 AND r.month >= $2 GROUP BY r.institution_id`,
    [regionId, sinceMonth],
  );
  // a home visit counts once per carer on it; a carer-day is one carer on one calendar day
  const visits: { institution_id: string; visits: number; carer_days: number }[] = await scope.em.query(
    `SELECT institution_id, count(*)::int AS visits, count(DISTINCT (carer, day))::int AS carer_days
       FROM (SELECT r.institution_id, c AS carer, r.start_at::date AS day
               FROM declared_records r, unnest(r.carer_ids) c
              WHERE r.region_id = $1 AND r.month >= $2 AND r.kind = 'homeVisit') v
      GROUP BY institution_id`,
    [regionId, sinceMonth],
  );
  const flagsOf = new Map(flags.map((f) => [f.institution_id, f]));
  const visitsOf = new Map(visits.map((v) => [v.institution_id, v]));
  const scored = institutions.map((institution) => {
    const c = byId.get(institution.id);
    const f = flagsOf.get(institution.id);
    const v = visitsOf.get(institution.id);
    const risk = riskScore({
      auditFlags: f ? { records: f.records, flagged: f.flagged } : null,
      atCap: null,
      visitsPerCarer: v ? { visits: v.visits, carerDays: v.carer_days } : null,
      complaints: { verified: c?.verified ?? 0, open: c?.open ?? 0 },
      gradeChanges: gradeChangesOf(quality.get(institution.id)),
    });
    return { id: institution.id, institution, risk };
  });
  return riskRanking(scored).map((s, i) => ({
    institutionId: s.id,
    institution: s.institution,
    rank: i + 1,
    score: s.risk.score,
    maxScore: s.risk.maxScore,
    missing: s.risk.missing,
    components: s.risk.components.map((c) => ({
      id: c.id,
      labelZh: c.label.zh,
      labelEn: c.label.en,
      status: c.status,
      value: c.value,
      points: c.points,
      citation: c.citation,
      reason: c.reason,
      inputs: c.inputs,
    })),
  }));
}
