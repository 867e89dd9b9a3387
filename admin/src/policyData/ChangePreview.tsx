import type { FigureComparison, ParameterDiff } from '@ltci/shared';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useCitation } from '../common/useCitation';
import { useLabel, valueText } from './shared-ui';

type Figure = Pick<FigureComparison, 'id' | 'label' | 'before' | 'after' | 'changed'>;
type Diff = Pick<ParameterDiff, 'path' | 'label' | 'citation' | 'from' | 'to'> & { unit: string };

/** A change's diff against the version it replaces and the sample figures before and after (computed by shared). */
export const ChangePreview = ({ diff, figures, testId }: { diff: Diff[]; figures: Figure[]; testId: string }) => {
  const translate = useTranslate();
  const citation = useCitation();
  const label = useLabel();
  const notStated = translate('app.policyData.not_stated');
  return (
    <Box sx={{ mt: 1 }} data-testid={testId}>
      <Typography variant="subtitle2">{translate('app.policyData.diff')}</Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.policyData.parameter')}</TableCell>
            <TableCell>{translate('app.policyData.before')}</TableCell>
            <TableCell>{translate('app.policyData.after')}</TableCell>
            <TableCell>{translate('app.policyData.citation')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {diff.map((d) => (
            <TableRow key={d.path} data-testid={`diff-${d.path}`}>
              <TableCell>{label(d.label)}</TableCell>
              <TableCell>{valueText(d.from, d.unit, notStated)}</TableCell>
              <TableCell>{valueText(d.to, d.unit, notStated)}</TableCell>
              <TableCell>{citation(d.citation)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="subtitle2" sx={{ mt: 1 }}>
        {translate('app.policyData.figures')}
      </Typography>
      <Table size="small">
        <TableBody>
          {figures.map((f) => (
            <TableRow
              key={f.id}
              data-testid={`figure-${f.id}`}
              data-changed={f.changed}
              sx={f.changed ? { bgcolor: 'warning.light' } : undefined}
            >
              <TableCell>{label(f.label)}</TableCell>
              <TableCell>{f.before ?? '—'}</TableCell>
              <TableCell>→ {f.after ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
