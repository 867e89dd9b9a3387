import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useCitation } from '../common/useCitation';
import type { SeriesPoint } from './fundApi';

const W = 920;
const H = 300;
const PAD = { left: 70, right: 16, top: 24, bottom: 36 };
const COLOURS = { income: '#66bb6a', expenditure: '#ffa726', balance: '#1565c0', line: '#d32f2f' };

/** Yuan as 万元 with one decimal, for the axis only (the figures themselves are exact elsewhere). */
const wan = (v: number) => `${(v / 10_000).toFixed(0)}万`;

/**
 * The fund month by month as an SVG: income and expenditure bars, the balance line and the warning
 * line of Qinhuangdao art. 58 as it stood each month (dashed), labelled with its citation.
 */
export const FundChart = ({
  points,
  thresholdMonths,
  citation,
  testId = 'fund-chart',
}: {
  points: SeriesPoint[];
  thresholdMonths: number | null;
  citation: string;
  testId?: string;
}) => {
  const translate = useTranslate();
  const cite = useCitation();
  if (!points.length) return null;
  // plotting only: the exact figures are strings from the server, the chart needs positions
  const num = (s: string | null) => (s === null ? null : Number(s));
  const values = points.flatMap((p) => [num(p.income)!, num(p.expenditure)!, num(p.balance)!, num(p.warningLine) ?? 0]);
  const max = Math.max(1, ...values);
  const min = Math.min(0, ...values);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / points.length;
  const x = (i: number) => PAD.left + step * (i + 0.5);
  const y = (v: number) => PAD.top + plotH - ((v - min) / (max - min)) * plotH;
  const bar = Math.max(2, step * 0.35);
  const path = (get: (p: SeriesPoint) => number | null) =>
    points
      .map((p, i) => [i, get(p)] as const)
      .filter(([, v]) => v !== null)
      .map(([i, v], n) => `${n ? 'L' : 'M'}${x(i).toFixed(1)},${y(v!).toFixed(1)}`)
      .join(' ');
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => min + (max - min) * f);
  const lastLine = [...points].reverse().find((p) => p.warningLine !== null);
  return (
    <Box data-testid={testId}>
      <Box
        component="svg"
        viewBox={`0 0 ${W} ${H}`}
        sx={{ width: '100%', height: 'auto', display: 'block' }}
        role="img"
        aria-label={translate('app.fund.chart', { n: points.length })}
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#eee" />
            <text x={PAD.left - 6} y={y(t) + 4} fontSize="11" textAnchor="end" fill="#666">
              {wan(t)}
            </text>
          </g>
        ))}
        {points.map((p, i) => (
          <g key={p.month} data-month={p.month}>
            <rect x={x(i) - bar} y={y(Number(p.income))} width={bar} height={Math.max(0, y(0) - y(Number(p.income)))} fill={COLOURS.income}>
              <title>{`${p.month} ${translate('app.fund.legend_income')} ${p.income}`}</title>
            </rect>
            <rect
              x={x(i)}
              y={y(Number(p.expenditure))}
              width={bar}
              height={Math.max(0, y(0) - y(Number(p.expenditure)))}
              fill={COLOURS.expenditure}
            >
              <title>{`${p.month} ${translate('app.fund.legend_expenditure')} ${p.expenditure}`}</title>
            </rect>
            {i % Math.ceil(points.length / 12) === 0 || i === points.length - 1 ? (
              <text x={x(i)} y={H - PAD.bottom + 16} fontSize="11" textAnchor="middle" fill="#666">
                {p.month}
              </text>
            ) : null}
          </g>
        ))}
        <path d={path((p) => Number(p.balance))} fill="none" stroke={COLOURS.balance} strokeWidth={2.5} data-testid="balance-line" />
        {points.map((p, i) => (
          <circle key={p.month} cx={x(i)} cy={y(Number(p.balance))} r={3.5} fill={p.belowLine ? COLOURS.line : COLOURS.balance}>
            <title>{`${p.month} ${translate('app.fund.legend_balance')} ${p.balance}${p.warningLine ? ` · ${translate('app.fund.warning_line')} ${p.warningLine}` : ''}`}</title>
          </circle>
        ))}
        {lastLine ? (
          <>
            <path
              d={path((p) => num(p.warningLine))}
              fill="none"
              stroke={COLOURS.line}
              strokeWidth={2}
              strokeDasharray="6 4"
              data-testid="warning-line"
            />
            <text x={PAD.left + 4} y={14} fontSize="12" textAnchor="start" fill={COLOURS.line} data-testid="warning-line-label">
              {translate('app.fund.warning_line_label', { n: thresholdMonths ?? '', citation: cite(citation) })}
            </text>
          </>
        ) : null}
      </Box>
      <Stack direction="row" spacing={2} sx={{ mt: 0.5, flexWrap: 'wrap' }}>
        {(
          [
            ['income', 'legend_income'],
            ['expenditure', 'legend_expenditure'],
            ['balance', 'legend_balance'],
          ] as const
        ).map(([k, label]) => (
          <Typography key={k} variant="caption" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <Box component="span" sx={{ width: 12, height: 12, bgcolor: COLOURS[k], display: 'inline-block' }} />
            {translate(`app.fund.${label}`)}
          </Typography>
        ))}
        {lastLine ? (
          <Typography variant="caption" sx={{ color: COLOURS.line }}>
            ┅ {translate('app.fund.warning_line')}
          </Typography>
        ) : null}
      </Stack>
    </Box>
  );
};
