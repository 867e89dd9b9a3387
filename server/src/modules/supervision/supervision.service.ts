import { D, qualityOutliers, RISK_COMPONENTS, riskRanking, riskScore } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { Scope } from '../../common/scope.js';
import { todayInChina } from '../../common/today.js';
import { Institution } from '../institutions/institution.entity.js';
import type { AssessmentQualityView, InstitutionRisk, SupervisionDashboard } from './supervision.types.js';

/** The gaps the product cannot fill yet: what the risk score and the quality review would read. */
export const DATA_GAPS = {
  complaints: '投诉举报：尚无数据',
  auditFlags: '智能审核预警：近12个月尚无申报的服务记录（无数据）',
  atCap: '达到支付限额的待遇人员：尚无结算数据（无数据）',
  visitsPerCarer: '护理人员日均上门次数：近12个月尚无上门服务记录（无数据）',
  gradeChanges: '复评等级变更：评估申请尚未记录评估机构与等级（无数据）',
  quality: '评估质量：评估申请尚未记录评估机构、评估人员、等级与派单日期，暂无法计算等级分布、改变占比与用时',
} as const;

/** Risk-ranked targets and the supervision dashboard (Qinhuangdao art. 67, 74; Xinjiang art. 26). */
export class SupervisionService {
  constructor(private readonly db: Db) {}

  riskRanking(caller: Caller, regionId: string): Promise<InstitutionRisk[]> {
    return this.db.read(caller, (scope) => rankingOf(scope, regionId));
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
      const ranking = await rankingOf(scope, regionId);
      const quality: AssessmentQualityView[] = qualityOutliers([]).map((q) => ({ ...q, unitId: q.id, trace: q.trace as never }));
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
          DATA_GAPS.quality,
        ],
      };
    });
  }
}

/** Every active institution of the region, scored from the data the product holds (complaints, declared records and their flags); the rest `noData`. */
async function rankingOf(scope: Scope, regionId: string): Promise<InstitutionRisk[]> {
  scope.assertRegion(regionId);
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
      gradeChanges: null,
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
