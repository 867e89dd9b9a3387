import {
  D,
  INSTITUTION_AGREEMENT_STATUS_LABELS,
  POSTING_KIND_RULES,
  POSTING_KINDS,
  type PostingKind,
  PUBLICATION_KINDS,
  personalDataIssues,
} from '@ltci/shared';
import type { DataSource } from 'typeorm';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { recordAudit } from '../audit/audit.service.js';
import {
  PUBLICATION_SORT,
  type PublicationFilter,
  type PublicationListArgs,
  type PublishArgs,
  type WithdrawPublicationArgs,
} from './publication.args.js';
import { Publication } from './publication.entity.js';

const SERVICE_SCOPE: Record<string, string> = {
  assessment: '失能等级评估',
  medical: '护理服务（医疗机构）',
  integrated: '护理服务（医养结合机构）',
  elderly: '护理服务（养老机构）',
  other: '护理服务',
};

/** Publication (Qinhuangdao art. 73): a snapshot an administrator publishes, refused when it holds personal data (art. 70). */
export class PublicationService {
  private readonly reads: ScopedReads<Publication, PublicationFilter, SortFieldOf<typeof PUBLICATION_SORT>>;

  constructor(private readonly db: Db) {
    this.reads = new ScopedReads(db, Publication, filtered, PUBLICATION_SORT);
  }

  list(caller: Caller, args: PublicationListArgs) {
    return this.reads.list(caller, args);
  }
  count(caller: Caller, filter?: PublicationFilter | null) {
    return this.reads.count(caller, filter);
  }

  publish(caller: Caller, args: PublishArgs): Promise<Publication> {
    return this.db.write(caller, 'publishDisclosure', async (scope) => {
      scope.assertRegion(args.regionId);
      const fields: Record<string, string> = {};
      const title = args.title.trim();
      const note = args.note?.trim() || null;
      if (!(PUBLICATION_KINDS as readonly string[]).includes(args.kind)) fields.kind = '公开类别无效';
      if (!title || [...title].length > 200) fields.title = '请填写标题（最多200字）';
      if (note && [...note].length > 2000) fields.note = '说明最多2000字';
      const needsYear = args.kind !== 'institutionDirectory';
      if (needsYear && !(Number.isInteger(args.year) && (args.year as number) >= 2000 && (args.year as number) <= 2099))
        fields.year = '请填写年度（2000–2099）';
      if (Object.keys(fields).length) throw new BadUserInputError(fields, undefined, { reason: 'INVALID_PUBLICATION' });
      const year = needsYear ? (args.year as number) : null;
      const content = await snapshot(scope, args.regionId, args.kind, year);
      const issues = personalDataIssues({ title, note, content });
      if (issues.length)
        throw new BadUserInputError(Object.fromEntries(issues.map((i) => [i.path.split('.')[0], i.message])), issues[0].message, {
          reason: 'PUBLICATION_PERSONAL_DATA',
          issues: issues.map(({ code, path }) => ({ code, path })),
        });
      const saved = await scope.em.save(
        scope.em.create(Publication, {
          regionId: args.regionId,
          kind: args.kind as Publication['kind'],
          year,
          title,
          note,
          content,
          publishedBy: caller.id,
          publishedByName: caller.username,
        }),
      );
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: 'Publication',
        entityId: saved.id,
        regionId: saved.regionId,
        after: saved,
      });
      return saved;
    });
  }

  withdraw(caller: Caller, args: WithdrawPublicationArgs): Promise<Publication> {
    return this.db.write(caller, 'withdrawPublication', async (scope) => {
      const before = await scope.one(Publication, args.id, { lock: true });
      const reason = args.reason.trim();
      if (!reason || [...reason].length > 500) throw new BadUserInputError({ reason: '请填写撤回理由（最多500字）' });
      if (before.withdrawnAt) throw new ConflictError('该信息已撤回', undefined, { reason: 'PUBLICATION_WITHDRAWN' });
      const after = { ...before, withdrawnAt: new Date(), withdrawnReason: reason };
      await scope.em.update(Publication, { id: before.id }, { withdrawnAt: after.withdrawnAt, withdrawnReason: reason });
      await recordAudit(scope.em, caller, {
        operation: 'withdraw',
        entityType: 'Publication',
        entityId: before.id,
        regionId: before.regionId,
        before,
        after,
      });
      return after;
    });
  }
}

/** What the public page shows: the latest of each published kind (and year) per region, nothing withdrawn, no publisher's name. */
export async function publicDisclosure(dataSource: DataSource): Promise<unknown> {
  const regions: { id: string; name: string }[] = await dataSource.query('SELECT id, name FROM regions ORDER BY id');
  const rows: {
    region_id: string;
    kind: string;
    year: number | null;
    title: string;
    note: string | null;
    content: unknown;
    created_at: Date;
  }[] = await dataSource.query(
    `SELECT DISTINCT ON (region_id, kind, year) region_id, kind, year, title, note, content, created_at
         FROM publications WHERE withdrawn_at IS NULL
        ORDER BY region_id, kind, year, created_at DESC`,
  );
  return {
    regions: regions
      .map((r) => ({
        id: r.id,
        name: r.name,
        publications: rows
          .filter((p) => p.region_id === r.id)
          .map((p) => ({ kind: p.kind, year: p.year, title: p.title, note: p.note, content: p.content, publishedAt: p.created_at })),
      }))
      .filter((r) => r.publications.length),
  };
}

/** The published figures, computed now and frozen: nothing personal is selected (no legal representative, no names of people). */
export async function snapshot(scope: Scope, regionId: string, kind: string, year: number | null): Promise<unknown> {
  if (kind === 'institutionDirectory') {
    const rows: { name: string; kind: string; care_subtype: string | null; county: string | null; address: string; status: string }[] =
      await scope.em.query(
        `SELECT n.name, n.kind, n.care_subtype, c.name AS county, n.address, n.status FROM institutions n LEFT JOIN counties c ON c.id = n.county_id
          WHERE n.region_id = $1 AND n.kind IN ('assessment','care') AND n.state = 'active' AND n.status IN ('active','suspended')
          ORDER BY n.kind, n.name`,
        [regionId],
      );
    return {
      institutions: rows.map((r) => ({
        name: r.name,
        kind: r.kind,
        serviceScope: SERVICE_SCOPE[r.kind === 'assessment' ? 'assessment' : (r.care_subtype ?? 'other')],
        county: r.county,
        address: r.address,
        status: INSTITUTION_AGREEMENT_STATUS_LABELS[r.status as keyof typeof INSTITUTION_AGREEMENT_STATUS_LABELS]?.zh ?? r.status,
      })),
    };
  }
  if (kind === 'scorecardResult') {
    const rows: { name: string; total: string }[] = await scope.em.query(
      `SELECT n.name, s.total::text AS total FROM annual_scorecards s JOIN institutions n ON n.id = s.institution_id
        WHERE s.region_id = $1 AND s.year = $2 AND s.state = 'locked' ORDER BY s.total DESC, n.name`,
      [regionId, year],
    );
    return { year, results: rows.map((r) => ({ institution: r.name, total: r.total })) };
  }
  const sums: { kind: PostingKind; amount: string }[] = await scope.em.query(
    `SELECT kind, sum(CASE WHEN reversal_of IS NULL THEN amount ELSE -amount END)::numeric(18,2)::text AS amount
       FROM fund_postings WHERE region_id = $1 AND date >= $2 AND date <= $3 GROUP BY kind`,
    [regionId, `${year}-01-01`, `${year}-12-31`],
  );
  let income = D(0);
  let expenditure = D(0);
  const byKind = POSTING_KINDS.map((k) => ({ kind: k, amount: sums.find((s) => s.kind === k)?.amount ?? '0.00' }));
  for (const s of byKind) {
    const cls = POSTING_KIND_RULES[s.kind].class;
    if (cls === 'income') income = income.plus(s.amount);
    if (cls === 'expenditure') expenditure = expenditure.plus(s.amount);
  }
  return {
    year,
    income: income.toFixed(2),
    expenditure: expenditure.toFixed(2),
    balance: income.minus(expenditure).toFixed(2),
    byKind: byKind
      .filter((s) => POSTING_KIND_RULES[s.kind].class !== 'transfer')
      .map((s) => ({
        kind: s.kind,
        label: POSTING_KIND_RULES[s.kind].label.zh,
        class: POSTING_KIND_RULES[s.kind].class,
        amount: D(s.amount).toFixed(2),
      })),
  };
}

function filtered(scope: Scope, given?: PublicationFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(Publication, 'p', filter.regionId);
  if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
  return qb;
}
