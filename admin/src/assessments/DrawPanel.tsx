import {
  Alert,
  Box,
  Button as MuiButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { TraceDrawer } from '../common/TraceDrawer';
import { useCitation } from '../common/useCitation';
import { requestGraphQL } from '../dataProvider/request';
import type { ApplicationRecord } from './types';

const DRAW = 'mutation ($id: ID!, $v: Int!, $s: Float) { drawAssessmentAssessors(id: $id, expectedVersion: $v, seed: $s) { id } }';

/** The random draw from the dispatched institution's pool: seed and candidate list shown, each exclusion with its article (Xinjiang art. 16; Qinhuangdao art. 19–20, 24). */
export const DrawPanel = () => {
  const record = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  const citation = useCitation();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'AssessmentApplication', action: 'draw_assessors' });
  const [seed, setSeed] = useState('');
  if (!record || !record.institutionId) return null;
  const t = (k: string) => translate(`app.assessments.${k}`);
  const draw = record.draw;
  const run = async () => {
    try {
      await requestGraphQL(DRAW, { id: record.id, v: record.version, s: seed.trim() ? Number(seed) : null });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Box data-testid="draw">
      <Typography variant="subtitle2" color="text.secondary" gutterBottom>
        {t('draw')}
      </Typography>
      {!draw && record.state === 'dispatched' && canAccess ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            size="small"
            label={t('seed')}
            value={seed}
            onChange={(e) => setSeed(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'draw-seed' } }}
          />
          <MuiButton variant="contained" onClick={() => void run()} data-testid="draw-now">
            {t('draw_now')}
          </MuiButton>
        </Stack>
      ) : null}
      {draw ? (
        <>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="body2" data-testid="draw-seed-used">{`${t('seed_used')}：${draw.seed}`}</Typography>
            <TraceDrawer trace={draw.trace} title={t('draw')} />
          </Stack>
          {draw.warnings.map((w) => (
            <Alert key={w} severity="warning">
              {w}
            </Alert>
          ))}
          <Table size="small" data-testid="draw-candidates">
            <TableHead>
              <TableRow>
                <TableCell>{t('candidates')}</TableCell>
                <TableCell />
                <TableCell>{t('drawn')}</TableCell>
                <TableCell>{t('excluded')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {draw.candidates.map((c) => (
                <TableRow key={c.id} data-testid={c.drawn ? 'drawn-assessor' : 'candidate'}>
                  <TableCell>{c.name ?? c.id}</TableCell>
                  <TableCell>{t(c.isExpert ? 'expert' : 'assessor')}</TableCell>
                  <TableCell>{c.drawn ? '✓' : ''}</TableCell>
                  <TableCell>
                    {c.exclusions
                      .map((e) => `${translate(`app.assessments.exclusions.${e.reason}`, { _: e.reason })}（${citation(e.citation)}）`)
                      .join('；')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : null}
    </Box>
  );
};
