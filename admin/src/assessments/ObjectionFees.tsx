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
import { requestGraphQL } from '../dataProvider/request';
import type { ApplicationRecord } from './types';

const FILE = `mutation ($id: ID!, $v: Int!, $n: String!, $e: String!) {
  fileAssessmentObjection(id: $id, expectedVersion: $v, objectorName: $n, evidence: $e) { id } }`;

/** A third party's objection during the 7 days of publicity, named and with evidence (Qinhuangdao art. 23–24). */
export const ObjectionPanel = () => {
  const record = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'AssessmentApplication', action: 'objection' });
  const [name, setName] = useState('');
  const [evidence, setEvidence] = useState('');
  if (!record || (record.state !== 'publicity' && !record.objectionBy)) return null;
  const t = (k: string) => translate(`app.assessments.${k}`);
  const file = async () => {
    try {
      await requestGraphQL(FILE, { id: record.id, v: record.version, n: name, e: evidence });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Box data-testid="objection">
      <Typography variant="subtitle2" color="text.secondary" gutterBottom>
        {t('objection')}
      </Typography>
      {record.objectionBy ? (
        <Alert severity={record.objectionPending ? 'warning' : 'info'}>{`${record.objectionBy}：${record.objectionEvidence ?? ''}`}</Alert>
      ) : null}
      {record.state === 'publicity' && !record.objectionPending && canAccess ? (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
          <TextField size="small" label={t('objector')} value={name} onChange={(e) => setName(e.target.value)} />
          <TextField
            size="small"
            label={t('evidence')}
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
            sx={{ minWidth: 320 }}
          />
          <MuiButton variant="outlined" disabled={!name.trim() || !evidence.trim()} onClick={() => void file()}>
            {t('file_objection')}
          </MuiButton>
        </Stack>
      ) : null}
    </Box>
  );
};

/** The fee of the finished assessment and its payer, each opening the shared rule's trace (Qinhuangdao art. 27; Xinjiang art. 22). */
export const FeesPanel = () => {
  const record = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  if (!record?.fees?.length) return null;
  const t = (k: string) => translate(`app.assessments.${k}`);
  return (
    <Box data-testid="fees">
      <Typography variant="subtitle2" color="text.secondary" gutterBottom>
        {t('fees')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('payer')}</TableCell>
            <TableCell>{t('amount')}</TableCell>
            <TableCell>{t('month')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {record.fees.map((f) => (
            <TableRow key={f.id}>
              <TableCell>{translate(`app.assessments.payers.${f.payer}`, { _: f.payer })}</TableCell>
              <TableCell>{f.amount}</TableCell>
              <TableCell>{f.month}</TableCell>
              <TableCell>
                <TraceDrawer trace={f.trace} title={t('fees')} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
