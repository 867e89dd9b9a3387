import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ExplainedFigure } from '../common/TraceDrawer';
import type { ScorecardRecord } from './types';

/** The running score, computed by `shared` from the records on every change: the total with its trace, both parts, each category. */
export const ScoreSummary = ({ record }: { record: ScorecardRecord }) => {
  const translate = useTranslate();
  const facts = record.facts as {
    returned?: number;
    submitted?: number;
    satisfactionRate?: string | null;
    districtsWithRefusal?: string[];
  };
  const percent = (n?: number, d?: number) => (d ? `${((100 * (n ?? 0)) / d).toFixed(2)}%` : '—');
  return (
    <Box data-testid="score-summary">
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'baseline' }}>
        <Typography variant="h4" data-testid="running-total">
          <ExplainedFigure value={record.total} trace={record.trace} title={translate('app.scorecards.total')} />
        </Typography>
        <Typography>
          {translate('app.scorecards.deduction_part')}：<b data-testid="deduction-part">{record.deductionPart}</b>
        </Typography>
        <Typography>
          {translate('app.scorecards.bonus_part')}：<b data-testid="bonus-part">{record.bonusPart}</b>
        </Typography>
        <Typography>
          {translate('app.scorecards.veto')}：<b>{record.vetoDeduction}</b>
        </Typography>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {translate('app.scorecards.facts', {
          returnRate: percent(facts.returned, facts.submitted),
          satisfaction: facts.satisfactionRate ? `${(Number(facts.satisfactionRate) * 100).toFixed(2)}%` : '—',
          refusals: facts.districtsWithRefusal?.length ? facts.districtsWithRefusal.join('、') : translate('app.scorecards.none'),
        })}
      </Typography>
      <Table size="small" sx={{ mt: 1, maxWidth: 640 }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.scorecards.category')}</TableCell>
            <TableCell align="right">{translate('app.scorecards.max')}</TableCell>
            <TableCell align="right">{translate('app.scorecards.score')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {record.categories.map((c) => (
            <TableRow key={c.id} data-testid={`category-${c.id}`}>
              <TableCell>
                {c.title}
                {c.kind === 'award' ? ` (${translate('app.scorecards.bonus')})` : ''}
              </TableCell>
              <TableCell align="right">{c.max}</TableCell>
              <TableCell align="right">{c.score}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
