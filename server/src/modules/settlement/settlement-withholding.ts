import { type PendingWithholding, sheetWithholding } from '@ltci/shared';
import type { EntityManager } from 'typeorm';

interface PendingRow extends PendingWithholding {
  institutionId: string;
}

/**
 * The withholdings (暂扣) the supervision decided on the run's institutions (read from
 * `supervision_consequences`, never written there) applied to their sheets: what each live run
 * already kept back or gave back, and whether the finding's rectification is verified (Qinhuangdao
 * art. 68, 71), read in one statement for the run's sheets; each sheet with something to do gets
 * its withheld and released amounts, their explanation and trace, and one row per consequence and
 * action — in the sheets' step, so the step's transaction writes all of it or none.
 */
export async function applyWithholdings(em: EntityManager, runId: string, regionId: string): Promise<void> {
  const pending: PendingRow[] = await em.query(
    `SELECT c.id AS "consequenceId", c.institution_id AS "institutionId", c.amount::text AS amount, c.reason,
            c.decided_on::text AS "decidedOn", f.description AS finding,
            coalesce(w.withheld, 0)::numeric(14,2)::text AS withheld,
            greatest(coalesce(w.paid, 0) - coalesce(w.released, 0), 0)::numeric(14,2)::text AS releasable,
            EXISTS (SELECT 1 FROM rectifications x WHERE x.finding_id = c.finding_id AND x.state = 'verified') AS "releaseDue"
       FROM supervision_consequences c JOIN inspection_findings f ON f.id = c.finding_id
       LEFT JOIN LATERAL (
         SELECT sum(w.amount) FILTER (WHERE w.action = 'withhold') AS withheld,
                sum(w.amount) FILTER (WHERE w.action = 'withhold' AND r.state = 'paid') AS paid,
                sum(w.amount) FILTER (WHERE w.action = 'release') AS released
           FROM settlement_withholdings w JOIN settlement_runs r ON r.id = w.run_id
          WHERE w.consequence_id = c.id AND r.state <> 'returned') w ON true
      WHERE c.kind = 'withholding' AND c.region_id = $2
        AND c.institution_id IN (SELECT institution_id FROM settlement_sheets WHERE run_id = $1)
      ORDER BY c.decided_on, c.created_at, c.id`,
    [runId, regionId],
  );
  if (!pending.length) return;
  const sheets: { id: string; institution_id: string; fund_amount: string }[] = await em.query(
    'SELECT id, institution_id, fund_amount::text AS fund_amount FROM settlement_sheets WHERE run_id = $1 AND institution_id = ANY($2)',
    [runId, [...new Set(pending.map((p) => p.institutionId))]],
  );
  for (const sheet of sheets) {
    const result = sheetWithholding(
      sheet.fund_amount,
      pending.filter((p) => p.institutionId === sheet.institution_id),
    );
    if (!result.ok || !result.value.actions.length) continue;
    const { withheld, released, actions } = result.value;
    await em.query(
      `UPDATE settlement_sheets SET withheld = $2, released = $3, withholdings = $4, trace = trace || $5::jsonb WHERE id = $1`,
      [sheet.id, withheld, released, JSON.stringify(actions), JSON.stringify(result.trace)],
    );
    await em.query(
      `INSERT INTO settlement_withholdings (run_id, sheet_id, consequence_id, region_id, institution_id, action, amount)
       SELECT $1, $2, x.consequence_id, $3, $4, x.action, x.amount
         FROM jsonb_to_recordset($5::jsonb) AS x(consequence_id uuid, action text, amount numeric)
       ON CONFLICT (run_id, consequence_id, action) DO NOTHING`,
      [
        runId,
        sheet.id,
        regionId,
        sheet.institution_id,
        JSON.stringify(actions.map((a) => ({ consequence_id: a.consequenceId, action: a.action, amount: a.amount }))),
      ],
    );
  }
}
