import type { Scope } from '../../common/scope.js';

/**
 * The last day of the institution's latest suspension by supervision (Qinhuangdao art. 71: 限制或暂停期限届满后，
 * 重新提出申请，经审核通过后，方可恢复), or null: the agreement workflow refuses to resume or activate before it ends.
 */
export async function restrictedUntil(scope: Scope, institutionId: string): Promise<string | null> {
  const [row] = await scope.em.query(
    `SELECT max(restricted_until)::text AS until FROM supervision_consequences
      WHERE institution_id = $1 AND kind = 'suspension' AND restricted_until IS NOT NULL`,
    [institutionId],
  );
  return row?.until ?? null;
}
