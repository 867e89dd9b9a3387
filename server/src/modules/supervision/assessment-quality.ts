import { type QualityUnit, qualityOutliers } from '@ltci/shared';
import type { Scope } from '../../common/scope.js';
import { Institution } from '../institutions/institution.entity.js';
import { Staff } from '../institutions/staff.entity.js';
import type { AssessmentQualityView } from './supervision.types.js';

/** Re-assessments on dispute, on a third party's objection, and spot-checks (Qinhuangdao art. 24–25): each names the conclusion it checks. */
const CHECKS = ['dispute', 'objection', 'spotCheck'];

export const QUALITY_WINDOW_CITATION = 'Product rule: assessment quality reads the conclusions of the last 12 months';

/**
 * The assessment quality of each assessment institution of the region (Xinjiang art. 26; Qinhuangdao
 * art. 23–25), read from the assessment records of the last 12 months: the grades concluded, the
 * re-assessments and spot-checks of its conclusions and how many changed the grade, the days from
 * dispatch to conclusion, and the letters delivered after 30 working days (their late reason recorded).
 */
export async function assessmentQualityOf(scope: Scope, regionId: string, institutionId?: string | null): Promise<AssessmentQualityView[]> {
  scope.assertRegion(regionId);
  const institutions = await scope
    .rows(Institution, 'n', regionId)
    .andWhere("n.kind = 'assessment' AND n.state <> 'inactive'")
    .orderBy('n.id')
    .getMany();
  const since = new Date(Date.now() - 365 * 86400_000).toISOString().slice(0, 10);
  const grades: { institution_id: string; grade: number; n: number }[] = await scope.em.query(
    `SELECT institution_id, recorded_grade AS grade, count(*)::int AS n FROM assessment_applications
      WHERE region_id = $1 AND institution_id IS NOT NULL AND concluded_on >= $2 AND recorded_grade IS NOT NULL
      GROUP BY institution_id, recorded_grade`,
    [regionId, since],
  );
  const timing: { institution_id: string; days: number[]; letters: number; late: number }[] = await scope.em.query(
    `SELECT institution_id,
            coalesce(array_agg(concluded_on - dispatched_on ORDER BY id) FILTER (WHERE dispatched_on IS NOT NULL), '{}') AS days,
            count(*) FILTER (WHERE letter_issued_on IS NOT NULL)::int AS letters,
            count(*) FILTER (WHERE letter_issued_on IS NOT NULL AND letter_late_reason IS NOT NULL)::int AS late
       FROM assessment_applications
      WHERE region_id = $1 AND institution_id IS NOT NULL AND concluded_on >= $2 AND recorded_grade IS NOT NULL
      GROUP BY institution_id`,
    [regionId, since],
  );
  // a re-assessment counts against the institution of the conclusion it checks
  const reviews: { institution_id: string; reviewed: number; changed: number }[] = await scope.em.query(
    `SELECT f.institution_id, count(*)::int AS reviewed, count(*) FILTER (WHERE r.recorded_grade <> f.recorded_grade)::int AS changed
       FROM assessment_applications r JOIN assessment_applications f ON f.id = r.first_application_id
      WHERE r.region_id = $1 AND r.kind = ANY($3) AND r.concluded_on >= $2 AND r.recorded_grade IS NOT NULL
        AND f.recorded_grade IS NOT NULL AND f.institution_id IS NOT NULL
      GROUP BY f.institution_id`,
    [regionId, since, CHECKS],
  );
  const timingOf = new Map(timing.map((t) => [t.institution_id, t]));
  const reviewsOf = new Map(reviews.map((r) => [r.institution_id, r]));
  const units: QualityUnit[] = institutions.map((n) => {
    const t = timingOf.get(n.id);
    const r = reviewsOf.get(n.id);
    return {
      id: n.id,
      grades: Object.fromEntries(grades.filter((g) => g.institution_id === n.id).map((g) => [String(g.grade), g.n])),
      reviewed: r?.reviewed ?? 0,
      changed: r?.changed ?? 0,
      days: (t?.days ?? []).map(Number),
      letters: t?.letters ?? 0,
      lateLetters: t?.late ?? 0,
    };
  });
  const names = new Map(institutions.map((n) => [n.id, n.name]));
  return qualityOutliers(units)
    .filter((q) => !institutionId || q.id === institutionId)
    .map((q) => {
      const unit = units.find((u) => u.id === q.id) as QualityUnit;
      return {
        ...q,
        unitId: q.id,
        name: names.get(q.id) ?? '',
        reviewed: unit.reviewed,
        changed: unit.changed,
        letters: unit.letters ?? 0,
        lateLetters: unit.lateLetters ?? 0,
        trace: [
          ...q.trace,
          { rule: 'supervision.assessmentQuality.window', citation: QUALITY_WINDOW_CITATION, inputs: { since }, output: null },
        ] as never,
      };
    });
}

/**
 * The same indicators per assessor (Xinjiang art. 26: 评估人员), from the conclusions they were drawn
 * for (Qinhuangdao art. 22); against the region's assessors; `institutionId` keeps the assessors of one institution.
 */
export async function assessorQualityOf(scope: Scope, regionId: string, institutionId?: string | null): Promise<AssessmentQualityView[]> {
  scope.assertRegion(regionId);
  const since = new Date(Date.now() - 365 * 86400_000).toISOString().slice(0, 10);
  const rows: { assessor: string; grade: number; days: number | null; letter: boolean; late: boolean }[] = await scope.em.query(
    `SELECT s AS assessor, a.recorded_grade AS grade, a.concluded_on - a.dispatched_on AS days,
            a.letter_issued_on IS NOT NULL AS letter, a.letter_issued_on IS NOT NULL AND a.letter_late_reason IS NOT NULL AS late
       FROM assessment_applications a, unnest(a.drawn_ids) s
      WHERE a.region_id = $1 AND a.institution_id IS NOT NULL AND a.concluded_on >= $2 AND a.recorded_grade IS NOT NULL`,
    [regionId, since],
  );
  const reviews: { assessor: string; reviewed: number; changed: number }[] = await scope.em.query(
    `SELECT s AS assessor, count(*)::int AS reviewed, count(*) FILTER (WHERE r.recorded_grade <> f.recorded_grade)::int AS changed
       FROM assessment_applications r JOIN assessment_applications f ON f.id = r.first_application_id, unnest(f.drawn_ids) s
      WHERE r.region_id = $1 AND r.kind = ANY($3) AND r.concluded_on >= $2 AND r.recorded_grade IS NOT NULL AND f.recorded_grade IS NOT NULL
      GROUP BY s`,
    [regionId, since, CHECKS],
  );
  const ids = [...new Set(rows.map((r) => r.assessor))];
  const staff = ids.length ? await scope.rows(Staff, 's', regionId).andWhere('s.id IN (:...ids)', { ids }).getMany() : [];
  const known = new Map(staff.map((s) => [s.id, s]));
  const units: QualityUnit[] = ids
    .filter((id) => known.has(id))
    .sort()
    .map((id) => {
      const mine = rows.filter((r) => r.assessor === id);
      const grades: Record<string, number> = {};
      for (const r of mine) grades[String(r.grade)] = (grades[String(r.grade)] ?? 0) + 1;
      const rv = reviews.find((r) => r.assessor === id);
      return {
        id,
        grades,
        reviewed: rv?.reviewed ?? 0,
        changed: rv?.changed ?? 0,
        days: mine.filter((r) => r.days !== null).map((r) => Number(r.days)),
        letters: mine.filter((r) => r.letter).length,
        lateLetters: mine.filter((r) => r.late).length,
      };
    });
  return qualityOutliers(units)
    .filter((q) => !institutionId || known.get(q.id)?.institutionId === institutionId)
    .map((q) => {
      const unit = units.find((u) => u.id === q.id) as QualityUnit;
      return {
        ...q,
        unitId: q.id,
        name: known.get(q.id)?.name ?? '',
        reviewed: unit.reviewed,
        changed: unit.changed,
        letters: unit.letters ?? 0,
        lateLetters: unit.lateLetters ?? 0,
        trace: [
          ...q.trace,
          {
            rule: 'supervision.assessmentQuality.window',
            citation: QUALITY_WINDOW_CITATION,
            inputs: { since, per: 'assessor' },
            output: null,
          },
        ] as never,
      };
    });
}
