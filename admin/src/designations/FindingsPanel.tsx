import { FINDING_KINDS } from '@ltci/shared';
import { Alert, Box, Button, MenuItem, Stack, Table, TableBody, TableCell, TableRow, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { translateError } from '../dataProvider/errors';
import { requestGraphQL } from '../dataProvider/request';

const LIST = 'query ($i: ID!) { institutionFindings(institutionId: $i) { id kind foundOn closedOn note } }';
const RECORD = `mutation ($i: ID!, $k: FindingKind!, $d: String!, $n: String!) {
  recordInstitutionFinding(institutionId: $i, kind: $k, foundOn: $d, note: $n) { id } }`;
const CLOSE = 'mutation ($id: ID!, $d: String!) { closeInstitutionFinding(id: $id, closedOn: $d) { id } }';

interface Finding {
  id: string;
  kind: string;
  foundOn: string;
  closedOn: string | null;
  note: string;
}

/** What the agency found against the institution (Xinjiang art. 12(1)–(5), 21): read by the acceptance check, recorded here. */
export const FindingsPanel = ({ institutionId }: { institutionId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const client = useQueryClient();
  const key = ['institutionFindings', institutionId];
  const { data } = useQuery({
    queryKey: key,
    queryFn: () => requestGraphQL<{ institutionFindings: Finding[] }>(LIST, { i: institutionId }),
  });
  const [kind, setKind] = useState<string>('investigation');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = async (query: string, vars: Record<string, unknown>) => {
    setError(null);
    try {
      await requestGraphQL(query, vars);
      notify('app.designations.saved', { type: 'success' });
      await client.invalidateQueries({ queryKey: key });
    } catch (e) {
      setError(translateError(e, translate));
    }
  };
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  return (
    <Box data-testid="findings-panel" sx={{ my: 2 }}>
      <Typography variant="subtitle1">{translate('app.designations.findings')}</Typography>
      <Table size="small">
        <TableBody>
          {(data?.institutionFindings ?? []).map((f) => (
            <TableRow key={f.id}>
              <TableCell>{translate(`enums.FindingKind.${f.kind}`)}</TableCell>
              <TableCell>
                {f.foundOn} → {f.closedOn ?? '…'}
              </TableCell>
              <TableCell>{f.note}</TableCell>
              <TableCell>
                {!f.closedOn && f.kind !== 'forgery' ? (
                  <Button size="small" onClick={() => run(CLOSE, { id: f.id, d: today })}>
                    {translate('ra.action.close')}
                  </Button>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <TextField select size="small" value={kind} onChange={(e) => setKind(e.target.value)} sx={{ minWidth: 240 }}>
          {FINDING_KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {translate(`enums.FindingKind.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField size="small" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        <TextField
          size="small"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={translate('app.designations.records_note')}
        />
        <Button variant="outlined" size="small" onClick={() => run(RECORD, { i: institutionId, k: kind, d: date, n: note })}>
          {translate('ra.action.add')}
        </Button>
      </Stack>
      {error ? <Alert severity="error">{error}</Alert> : null}
    </Box>
  );
};
