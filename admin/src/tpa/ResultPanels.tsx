import { Alert, Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ExplainedFigure, type TraceStepLike } from '../common/TraceDrawer';
import type { Assessment } from './api';
import { SmallTable } from './tables';

const only = (trace: TraceStepLike[] | null, prefix: string[]) => (trace ?? []).filter((s) => prefix.some((p) => s.rule.startsWith(p)));

/** The score by level and area (Tianjin art. 14–15), each unit's and the total explained by their trace. */
export const ScorePanel = ({ a }: { a: Assessment }) => {
  const translate = useTranslate();
  const r = a.result;
  if (!r) return <Typography color="text.secondary">{translate('app.tpa.no_result')}</Typography>;
  const plan = a.contract.plan;
  return (
    <Box data-testid="score-panel">
      <Typography variant="h6">
        {translate('app.tpa.total')}：
        <ExplainedFigure
          value={<span data-testid="total">{r.total}</span>}
          trace={only(a.trace, ['tpa.total', 'tpa.districtScore', 'tpa.unitScore'])}
        />
      </Typography>
      <SmallTable
        title={translate('app.tpa.scores')}
        head={[translate('app.tpa.area'), translate('app.tpa.max'), ...r.units.map((u) => u.name)]}
        rows={[
          ...plan.map((area) => [area.label, area.max, ...r.units.map((u) => u.areas.find((x) => x.areaId === area.id)?.score ?? '—')]),
          [
            translate('app.tpa.unit_score'),
            '100',
            ...r.units.map((u) => (
              <ExplainedFigure
                key={u.unitId}
                value={<span data-testid={`unit-${u.unitId}`}>{u.score}</span>}
                trace={(a.trace ?? []).filter(
                  (s) =>
                    (s.inputs as { unitId?: string }).unitId === u.unitId || (u.kind === 'headOffice' && s.rule === 'tpa.commitmentArea'),
                )}
              />
            )),
          ],
        ]}
        testId="scores-table"
      />
      {r.districtScore ? (
        <Typography sx={{ mt: 1 }}>
          {translate('app.tpa.district_score')}：{r.districtScore}
        </Typography>
      ) : null}
    </Box>
  );
};

/** Promised against delivered, fulfilment and points lost; unmet commitments in red (Tianjin art. 11). */
export const CommitmentsPanel = ({ a }: { a: Assessment }) => {
  const translate = useTranslate();
  const rows = a.result?.commitments;
  const self = a.selfCheck?.delivered ?? {};
  const corrections = a.onSite?.corrections ?? {};
  const red = (met: boolean, text: string) => (
    <Box component="span" sx={{ color: met ? 'inherit' : 'error.main', fontWeight: met ? 400 : 600 }}>
      {text}
    </Box>
  );
  return (
    <SmallTable
      title={translate('app.tpa.commitments')}
      head={[
        '',
        translate('app.tpa.promised'),
        translate('app.tpa.self_value'),
        translate('app.tpa.delivered'),
        translate('app.tpa.fulfilled'),
        translate('app.tpa.points'),
        translate('app.tpa.points_lost'),
      ]}
      testId="commitments-table"
      rows={a.contract.commitments.map((k) => {
        const r = rows?.find((x) => x.id === k.id);
        const met = r?.fulfilled ?? true;
        const promised = `${k.targetKind === 'number' ? (k.direction === 'atLeast' ? '≥' : '≤') : ''}${k.target}${k.unit ?? ''}`;
        return [
          red(met, `${translate(`enums.TpaCommitmentCategory.${k.category}`)}：${k.description}`),
          promised,
          self[k.id]?.actual ?? '—',
          red(met, `${r?.delivered ?? '—'}${corrections[k.id] ? `（${corrections[k.id].reason}）` : ''}`),
          r ? red(met, r.fulfilled ? '✓' : `✗ ${r.reason}`) : '—',
          k.points,
          r ? red(met, r.pointsLost) : '—',
        ];
      })}
    />
  );
};

/** The supervision findings against the TPA in the contract's days of the year, and the loss each fed (Tianjin art. 19). */
export const FindingsPanel = ({ a }: { a: Assessment }) => {
  const translate = useTranslate();
  const losses = new Map((a.result?.findings ?? []).map((f) => [f.id, f.fundLoss]));
  if (!a.findings.length)
    return (
      <Alert severity="info" sx={{ mt: 1 }} data-testid="findings-none">
        {translate('app.tpa.no_findings')}
      </Alert>
    );
  return (
    <SmallTable
      title={translate('app.tpa.findings')}
      head={[translate('app.tpa.found_on'), '', translate('app.tpa.finding_loss')]}
      testId="findings-table"
      rows={a.findings.map((f) => [
        f.foundOn,
        `${translate(`enums.FindingCategory.${f.category}`, { _: f.category })}：${f.description}`,
        losses.get(f.id) ?? '—',
      ])}
    />
  );
};

/** A contract replaced mid-year is paid for its days of the year (Tianjin art. 16), explained by its trace. */
export const TermSharePanel = ({ a }: { a: Assessment }) => {
  const translate = useTranslate();
  const s = a.result?.termShare;
  if (!s || s.days === s.yearDays) return null;
  return (
    <Alert severity="info" sx={{ mt: 1 }} data-testid="term-share">
      <ExplainedFigure value={translate('app.tpa.term_share', s)} trace={only(a.trace, ['tpa.termShare'])} />
    </Alert>
  );
};
