import {
  Button,
  MenuItem,
  TextField as MuiTextField,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { canAccess } from '../auth/permissions';
import { translateError } from '../dataProvider/errors';
import { requestGraphQL } from '../dataProvider/request';

interface Sample {
  id: string;
  seed: string;
  size: number;
  population: number;
  createdAt: string;
}
interface SampledRecord {
  id: string;
  key: string;
  claimantName: string | null;
  startAt: string | null;
  fromDate: string | null;
  billedAmount: string;
  inspectionResult: 'confirmed' | 'discrepancy' | null;
  inspectionFinding: string | null;
}

const SAMPLES = 'query ($d: ID!) { inspectionSamples(declarationId: $d) { id seed size population createdAt } }';
const RECORDS = `query ($d: ID!) { allDeclaredRecords(filter: { declarationId: $d, sampled: true }, perPage: 500, sortField: key, sortOrder: ASC) {
  id key claimantName startAt fromDate billedAmount inspectionResult inspectionFinding } }`;
const DRAW = 'mutation ($d: ID!, $n: Int!, $s: String) { drawInspectionSample(declarationId: $d, size: $n, seed: $s) { id seed } }';
const FINDING =
  'mutation ($r: ID!, $x: InspectionResult!, $f: String!) { recordSampleFinding(recordId: $r, result: $x, finding: $f) { id inspectionResult inspectionFinding } }';

/** A finding on one sampled record: the result (属实/不符) and what the inspector saw. */
const FindingForm = ({ record, onDone }: { record: SampledRecord; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [result, setResult] = useState<string>(record.inspectionResult ?? 'confirmed');
  const [finding, setFinding] = useState(record.inspectionFinding ?? '');
  const save = async () => {
    try {
      await requestGraphQL(FINDING, { r: record.id, x: result, f: finding });
      notify('app.declarations.sample.recorded', { type: 'success' });
      onDone();
    } catch (error) {
      notify(translateError(error, translate), { type: 'error' });
    }
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="sample-finding">
      <MuiTextField select size="small" value={result} onChange={(e) => setResult(e.target.value)} name="result">
        <MenuItem value="confirmed">{translate('enums.InspectionResult.confirmed')}</MenuItem>
        <MenuItem value="discrepancy">{translate('enums.InspectionResult.discrepancy')}</MenuItem>
      </MuiTextField>
      <MuiTextField
        size="small"
        value={finding}
        onChange={(e) => setFinding(e.target.value)}
        name="finding"
        label={translate('app.declarations.sample.finding')}
      />
      <Button size="small" variant="outlined" onClick={save}>
        {translate('ra.action.save')}
      </Button>
    </Stack>
  );
};

/**
 * The random inspection samples of a declaration (Qinhuangdao art. 67 随机抽查): draw with a seed
 * (recorded: the same seed draws the same records again), the sampled records, and a finding on each.
 */
export const InspectionSamplePanel = () => {
  const declaration = useRecordContext<{ id: string; state: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const { permissions } = usePermissions();
  const roles = Array.isArray(permissions) ? permissions : [];
  const [samples, setSamples] = useState<Sample[]>([]);
  const [records, setRecords] = useState<SampledRecord[]>([]);
  const [size, setSize] = useState('5');
  const [seed, setSeed] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const id = declaration?.id;
  const load = useCallback(async () => {
    if (!id) return;
    const [s, r] = await Promise.all([
      requestGraphQL<{ inspectionSamples: Sample[] }>(SAMPLES, { d: id }),
      requestGraphQL<{ allDeclaredRecords: SampledRecord[] }>(RECORDS, { d: id }),
    ]);
    setSamples(s.inspectionSamples);
    setRecords(r.allDeclaredRecords);
  }, [id]);
  useEffect(() => {
    void load().catch(() => undefined);
  }, [load]);
  if (!declaration) return null;
  const draw = async () => {
    try {
      await requestGraphQL(DRAW, { d: declaration.id, n: Number(size), s: seed.trim() || null });
      notify('app.declarations.sample.drawn', { type: 'success' });
      await load();
    } catch (error) {
      notify(translateError(error, translate), { type: 'error' });
    }
  };
  const canRecord = canAccess(roles, 'InspectionSample', 'record');
  return (
    <Stack spacing={1} data-testid="inspection-samples">
      <Typography variant="subtitle1">{translate('app.declarations.sample.title')}</Typography>
      {canAccess(roles, 'InspectionSample', 'create') ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="draw-sample">
          <MuiTextField
            size="small"
            type="number"
            label={translate('app.declarations.sample.size')}
            value={size}
            onChange={(e) => setSize(e.target.value)}
            name="size"
          />
          <MuiTextField
            size="small"
            label={translate('app.declarations.sample.seed')}
            value={seed}
            onChange={(e) => setSeed(e.target.value)}
            name="seed"
          />
          <Button variant="contained" size="small" onClick={draw}>
            {translate('app.declarations.sample.draw')}
          </Button>
        </Stack>
      ) : null}
      {samples.map((s) => (
        <Typography key={s.id} variant="body2" data-testid="sample">
          {translate('app.declarations.sample.drawnWith', { seed: s.seed, size: s.size, population: s.population })}
        </Typography>
      ))}
      {records.length ? (
        <Table size="small" data-testid="sampled-records">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.DeclaredRecord.fields.key', { _: 'key' })}</TableCell>
              <TableCell>{translate('resources.DeclaredRecord.fields.claimantName', { _: 'claimant' })}</TableCell>
              <TableCell>{translate('app.declarations.sample.when')}</TableCell>
              <TableCell align="right">{translate('resources.DeclaredRecord.fields.billedAmount', { _: 'billed' })}</TableCell>
              <TableCell>{translate('app.declarations.sample.result')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {records.map((r) => (
              <TableRow key={r.id} hover onClick={() => canRecord && setOpen(open === r.id ? null : r.id)} data-testid="sampled-record">
                <TableCell>{r.key}</TableCell>
                <TableCell>{r.claimantName ?? '—'}</TableCell>
                <TableCell>{r.startAt ?? r.fromDate ?? '—'}</TableCell>
                <TableCell align="right">{r.billedAmount}</TableCell>
                <TableCell onClick={(e) => e.stopPropagation()}>
                  {open === r.id ? (
                    <FindingForm
                      record={r}
                      onDone={() => {
                        setOpen(null);
                        void load();
                      }}
                    />
                  ) : r.inspectionResult ? (
                    `${translate(`enums.InspectionResult.${r.inspectionResult}`)}：${r.inspectionFinding ?? ''}`
                  ) : (
                    translate('app.declarations.sample.pending')
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </Stack>
  );
};
