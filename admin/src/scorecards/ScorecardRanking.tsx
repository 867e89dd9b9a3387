import {
  Box,
  Card,
  CardContent,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useTranslate } from 'react-admin';
import { getStoredUser } from '../auth/session';
import { ServerDownloadButton } from '../common/ServerDownloadButton';
import { ExplainedFigure } from '../common/TraceDrawer';
import { requestGraphQL } from '../dataProvider/request';
import type { ScorecardRecord } from './types';

type RankingRow = Pick<ScorecardRecord, 'state' | 'total' | 'deductionPart' | 'bonusPart' | 'vetoDeduction' | 'categories' | 'trace'> & {
  rank: number;
  scorecardId: string;
  institutionName: string;
};

const QUERY = `query ($r: ID!, $y: Int!) { annualScorecardRanking(regionId: $r, year: $y) {
  rank scorecardId institutionName state total deductionPart bonusPart vetoDeduction categories { id title kind max points score } trace { rule citation inputs output interpretation note } } }`;

/** A plain SVG bar per institution, longest first, on a 0–100 scale (no chart dependency). */
const Bars = ({ rows }: { rows: RankingRow[] }) => {
  const height = 22;
  return (
    <svg
      width="100%"
      height={rows.length * height + 8}
      viewBox={`0 0 640 ${rows.length * height + 8}`}
      role="img"
      aria-label="总分条形图"
      data-testid="ranking-chart"
    >
      <title>总分条形图</title>
      {rows.map((r, i) => (
        <g key={r.scorecardId} transform={`translate(0 ${i * height + 4})`}>
          <text x="0" y="14" fontSize="12">
            {r.rank}. {r.institutionName.slice(0, 14)}
          </text>
          <rect x="200" y="2" height="16" width={(Number(r.total) / 100) * 380} fill="#1976d2" data-testid="ranking-bar" />
          <text x={206 + (Number(r.total) / 100) * 380} y="14" fontSize="12">
            {r.total}
          </text>
        </g>
      ))}
    </svg>
  );
};

/** Every institution of a region and year ranked by total, each category side by side (Xinjiang art. 27; Qinhuangdao art. 73). */
export const ScorecardRanking = () => {
  const translate = useTranslate();
  const regions = getStoredUser()?.regions ?? [];
  const [region, setRegion] = useState(regions[0]?.id ?? '');
  const [year, setYear] = useState(2026);
  const { data } = useQuery({
    queryKey: ['annualScorecardRanking', region, year],
    queryFn: () => requestGraphQL<{ annualScorecardRanking: RankingRow[] }>(QUERY, { r: region, y: year }),
    enabled: !!region,
  });
  const rows = data?.annualScorecardRanking ?? [];
  const categories = rows[0]?.categories ?? [];
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('app.scorecards.ranking')}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
          <TextField
            select
            size="small"
            label={translate('resources.AnnualScorecard.fields.regionId')}
            value={region}
            onChange={(e) => setRegion(e.target.value)}
          >
            {regions.map((r) => (
              <MenuItem key={r.id} value={r.id}>
                {r.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="number"
            size="small"
            label={translate('resources.AnnualScorecard.fields.year')}
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
          />
          <ServerDownloadButton
            name="AnnualScorecardRanking"
            filter={{ regionId: region, year }}
            disabled={rows.length === 0}
            testId="export-ranking"
          />
        </Stack>
        {rows.length === 0 ? (
          <Typography color="text.secondary">{translate('app.scorecards.ranking_empty')}</Typography>
        ) : (
          <Bars rows={rows} />
        )}
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="ranking-table">
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.scorecards.rank')}</TableCell>
                <TableCell>{translate('resources.AnnualScorecard.fields.institutionId')}</TableCell>
                {categories.map((c) => (
                  <TableCell key={c.id} align="right" title={`${c.title}（${c.max}）`}>
                    {c.title}
                  </TableCell>
                ))}
                <TableCell align="right">{translate('app.scorecards.deduction_part')}</TableCell>
                <TableCell align="right">{translate('app.scorecards.bonus_part')}</TableCell>
                <TableCell align="right">{translate('app.scorecards.veto')}</TableCell>
                <TableCell align="right">{translate('app.scorecards.total')}</TableCell>
                <TableCell>{translate('resources.AnnualScorecard.fields.state')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.scorecardId} data-testid="ranking-row">
                  <TableCell>{r.rank}</TableCell>
                  <TableCell>
                    <Link to={`/AnnualScorecard/${r.scorecardId}/show`}>{r.institutionName}</Link>
                  </TableCell>
                  {categories.map((c) => (
                    <TableCell key={c.id} align="right">
                      {r.categories.find((x) => x.id === c.id)?.score ?? '—'}
                    </TableCell>
                  ))}
                  <TableCell align="right">{r.deductionPart}</TableCell>
                  <TableCell align="right">{r.bonusPart}</TableCell>
                  <TableCell align="right">{r.vetoDeduction}</TableCell>
                  <TableCell align="right" data-testid="ranking-total">
                    <ExplainedFigure value={<b>{r.total}</b>} trace={r.trace} title={r.institutionName} />
                  </TableCell>
                  <TableCell>{translate(`workflow.annualScorecard.states.${r.state}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      </CardContent>
    </Card>
  );
};
