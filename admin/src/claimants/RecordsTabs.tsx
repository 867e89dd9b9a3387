import { MenuItem, TextField as MuiTextField, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { requestGraphQL } from '../dataProvider/request';
import type { ClaimantRecord } from './choices';

const RECORD = `mutation ($c: ID!, $m: String!, $s: ContributionStatus!, $a: String!, $d: String) {
  recordClaimantContribution(claimantId: $c, month: $m, status: $s, amount: $a, arrivedOn: $d) { id } }`;
const ADD_STAY = `mutation ($c: ID!, $h: String!, $a: String!, $d: String) {
  addClaimantHospitalStay(claimantId: $c, hospital: $h, admittedOn: $a, dischargedOn: $d) { id } }`;
const DISCHARGE = 'mutation ($id: ID!, $d: String!) { dischargeClaimantHospitalStay(id: $id, dischargedOn: $d) { id } }';

/** Send one change; on success the record (and its status) is read again; a refusal shows in the user's language. */
function useSend() {
  const notify = useNotify();
  const refresh = useRefresh();
  return async (query: string, variables: Record<string, unknown>) => {
    try {
      await requestGraphQL(query, variables);
      notify('app.claimants.saved', { type: 'success' });
      refresh();
      return true;
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      return false;
    }
  };
}

const field = (label: string, value: string, set: (v: string) => void, extra: Record<string, unknown> = {}) => (
  <MuiTextField
    size="small"
    label={label}
    value={value}
    onChange={(e) => set(e.target.value)}
    slotProps={{ inputLabel: { shrink: true } }}
    {...extra}
  />
);

export const ContributionsTab = () => {
  const record = useRecordContext<ClaimantRecord>();
  const translate = useTranslate();
  const send = useSend();
  const { canAccess } = useCanAccess({ resource: 'Claimant', action: 'update' });
  const [m, setM] = useState({ month: '', status: 'paid', amount: '', arrivedOn: '' });
  if (!record) return null;
  const f = (k: string) => translate(`resources.Claimant.fields.${k}`);
  const rows = record.contributions ?? [];
  return (
    <Stack spacing={2}>
      {rows.length ? (
        <Table size="small" data-testid="contributions">
          <TableHead>
            <TableRow>
              {['month', 'status', 'amount', 'arrivedOn', 'source'].map((k) => (
                <TableCell key={k}>{f(k)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.month}</TableCell>
                <TableCell>{translate(`enums.ContributionStatus.${r.status}`)}</TableCell>
                <TableCell>{r.amount}</TableCell>
                <TableCell>{r.arrivedOn ?? '—'}</TableCell>
                <TableCell>{r.source === 'import' ? translate('app.claimants.import') : translate('app.claimants.record_month')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Typography color="text.secondary">{translate('app.claimants.no_contributions')}</Typography>
      )}
      {canAccess ? (
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          {field(f('month'), m.month, (month) => setM({ ...m, month }), { type: 'month' })}
          {field(f('status'), m.status, (status) => setM({ ...m, status }), {
            select: true,
            children: ['paid', 'arrears', 'backPaid'].map((s) => (
              <MenuItem key={s} value={s}>
                {translate(`enums.ContributionStatus.${s}`)}
              </MenuItem>
            )),
            sx: { minWidth: 120 },
          })}
          {field(f('amount'), m.amount, (amount) => setM({ ...m, amount }))}
          {m.status !== 'arrears' ? field(f('arrivedOn'), m.arrivedOn, (arrivedOn) => setM({ ...m, arrivedOn }), { type: 'date' }) : null}
          <Button
            label="app.claimants.record_month"
            variant="outlined"
            onClick={() =>
              void send(RECORD, {
                c: record.id,
                m: m.month,
                s: m.status,
                a: m.amount,
                d: m.status === 'arrears' ? null : m.arrivedOn || null,
              })
            }
          />
        </Stack>
      ) : null}
    </Stack>
  );
};

export const StaysTab = () => {
  const record = useRecordContext<ClaimantRecord>();
  const translate = useTranslate();
  const send = useSend();
  const { canAccess } = useCanAccess({ resource: 'Claimant', action: 'update' });
  const [s, setS] = useState({ hospital: '', admittedOn: '', dischargedOn: '' });
  const [out, setOut] = useState('');
  if (!record) return null;
  const f = (k: string) => translate(`resources.Claimant.fields.${k}`);
  const rows = record.hospitalStays ?? [];
  return (
    <Stack spacing={2}>
      {rows.length ? (
        <Table size="small" data-testid="hospital-stays">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.claimants.hospital')}</TableCell>
              <TableCell>{f('admittedOn')}</TableCell>
              <TableCell>{f('dischargedOn')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.hospital}</TableCell>
                <TableCell>{r.admittedOn}</TableCell>
                <TableCell>
                  {r.dischargedOn ??
                    (canAccess ? (
                      <Stack direction="row" spacing={1}>
                        {field(f('dischargedOn'), out, setOut, { type: 'date' })}
                        <Button
                          label="app.claimants.discharge"
                          onClick={() => void send(DISCHARGE, { id: r.id, d: out })}
                          disabled={!out}
                        />
                      </Stack>
                    ) : (
                      '—'
                    ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Typography color="text.secondary">{translate('app.claimants.no_stays')}</Typography>
      )}
      {canAccess ? (
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          {field(translate('app.claimants.hospital'), s.hospital, (hospital) => setS({ ...s, hospital }))}
          {field(f('admittedOn'), s.admittedOn, (admittedOn) => setS({ ...s, admittedOn }), { type: 'date' })}
          {field(f('dischargedOn'), s.dischargedOn, (dischargedOn) => setS({ ...s, dischargedOn }), { type: 'date' })}
          <Button
            label="app.claimants.add_stay"
            variant="outlined"
            onClick={() => void send(ADD_STAY, { c: record.id, h: s.hospital, a: s.admittedOn, d: s.dischargedOn || null })}
          />
        </Stack>
      ) : null}
    </Stack>
  );
};
