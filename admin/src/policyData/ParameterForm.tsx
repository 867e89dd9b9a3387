import {
  checkParameterChanges,
  compareSampleFigures,
  earliestEffectiveDate,
  PACK_SECTIONS,
  type PolicyPackVersion,
  type PolicyParameter,
  packParameters,
  sampleFigures,
} from '@ltci/shared';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { useCitation } from '../common/useCitation';
import { ChangePreview } from './ChangePreview';
import { errorText, useLabel, valueText } from './shared-ui';
import { usePolicyMutation, usePolicyQuery } from './usePolicyQueries';

const INTEGER_UNITS = new Set(['months', 'days', 'workingDays', 'minutes', 'count', 'grade', 'year']);

/** What the administrator typed, as the value shared checks (whole numbers as numbers, empty as null). */
function entered(p: PolicyParameter, text: string): unknown {
  if (text === '') return p.nullable ? null : '';
  if (p.unit === 'boolean') return text === 'true';
  if (INTEGER_UNITS.has(p.unit) && /^-?\d+$/.test(text)) return Number(text);
  if (INTEGER_UNITS.has(p.unit) && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

const shownValue = (v: unknown) => (v === null || v === undefined ? '' : String(v));

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const ParameterInput = ({ p, text, onChange }: { p: PolicyParameter; text: string; onChange: (t: string) => void }) => {
  const translate = useTranslate();
  const label = useLabel();
  const props = { size: 'small' as const, value: text, onChange: (e: { target: { value: string } }) => onChange(e.target.value) };
  const htmlInput = { 'data-testid': `param-${p.path}`, 'aria-label': label(p.label) };
  if (p.unit === 'choice' || p.unit === 'boolean') {
    const options =
      p.unit === 'boolean'
        ? [
            { value: 'true', text: translate('app.policyData.yes') },
            { value: 'false', text: translate('app.policyData.no') },
          ]
        : p.alternatives.map((a) => ({ value: a.value, text: label(a.label) }));
    return (
      <TextField select {...props} sx={{ minWidth: 200 }} slotProps={{ htmlInput }}>
        {p.nullable ? <MenuItem value="">{translate('app.policyData.not_stated')}</MenuItem> : null}
        {options.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.text}
          </MenuItem>
        ))}
      </TextField>
    );
  }
  return (
    <TextField
      {...props}
      placeholder={p.nullable ? translate('app.policyData.not_stated') : undefined}
      sx={{ width: 160 }}
      slotProps={{ htmlInput }}
    />
  );
};

const ParameterRow = ({ p, text, onChange }: { p: PolicyParameter; text: string | undefined; onChange: (t: string) => void }) => {
  const translate = useTranslate();
  const citation = useCitation();
  const label = useLabel();
  const notStated = translate('app.policyData.not_stated');
  return (
    <TableRow data-testid={`param-row-${p.path}`}>
      <TableCell>
        <Typography variant="body2">{label(p.label)}</Typography>
        <Typography variant="caption" color="text.secondary">
          {p.label.en} · <code>{p.path}</code>
        </Typography>
      </TableCell>
      <TableCell>
        {p.editable ? (
          <ParameterInput p={p} text={text ?? shownValue(p.value)} onChange={onChange} />
        ) : (
          <Typography variant="body2">{valueText(p.value, p.unit, notStated)}</Typography>
        )}
      </TableCell>
      <TableCell>{translate(`app.policyData.units.${p.unit}`, { _: p.unit })}</TableCell>
      <TableCell>{citation(p.citation)}</TableCell>
      <TableCell>
        {p.interpretation ? (
          <Tooltip title={p.alternatives.map((a) => label(a.label)).join(' / ')}>
            <Chip size="small" color="warning" label={translate('app.policyData.interpretation')} />
          </Tooltip>
        ) : null}
        {p.alternatives.length ? (
          <Typography variant="caption" sx={{ display: 'block' }}>
            {translate('app.policyData.alternatives')}：{p.alternatives.map((a) => label(a.label)).join('、')}
          </Typography>
        ) : null}
        {p.words ? (
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            “{p.words}”
          </Typography>
        ) : null}
      </TableCell>
    </TableRow>
  );
};

/** Sample quotes on the chosen date, computed by shared from the pack the calculators use on that date. */
const SampleQuotes = ({ version }: { version: PolicyPackVersion }) => {
  const translate = useTranslate();
  const label = useLabel();
  return (
    <Box sx={{ mb: 1 }}>
      <Typography variant="subtitle2">{translate('app.policyData.sample_quotes', { date: version.validFrom })}</Typography>
      <Table size="small">
        <TableBody>
          {sampleFigures(version).map((f) => (
            <TableRow key={f.id}>
              <TableCell>{label(f.label)}</TableCell>
              <TableCell data-testid={`quote-now-${f.id}`}>{f.value ?? f.issue}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/**
 * Every parameter of the region's pack on `date` as a form (shared's `packParameters`); the edits
 * become a proposal effective from a chosen date, checked and previewed by shared before it is sent.
 */
export const ParameterForm = ({ regionId, date }: { regionId: string; date: string }) => {
  const translate = useTranslate();
  const citation = useCitation();
  const notify = useNotify();
  const earliest = earliestEffectiveDate(today());
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [effectiveFrom, setEffectiveFrom] = useState(date > earliest ? date : earliest);
  const [note, setNote] = useState('');
  const pack = usePolicyQuery('policyPack', regionId, date);
  const base = usePolicyQuery('policyPack', regionId, effectiveFrom);
  const create = usePolicyMutation('createPolicyChange');
  const submit = usePolicyMutation('transitionPolicyChange');
  if (pack.isPending) return <LinearProgress />;
  if (pack.error) return <Alert severity="warning">{errorText(pack.error)}</Alert>;
  const version = pack.data.value;
  const parameters = packParameters(version);
  const byPath = new Map(parameters.map((p) => [p.path, p]));
  const changes = Object.fromEntries(
    Object.entries(texts)
      .filter(([path]) => byPath.has(path))
      .map(([path, text]) => [path, entered(byPath.get(path) as PolicyParameter, text)]),
  );
  const baseVersion: PolicyPackVersion | undefined = base.data?.value;
  const checked = baseVersion && Object.keys(changes).length ? checkParameterChanges(baseVersion, changes) : null;
  const at = (v: PolicyPackVersion) => ({ ...v, validFrom: effectiveFrom });
  const propose = async () => {
    try {
      const created = await create.mutateAsync([regionId, effectiveFrom, changes, note]);
      await submit.mutateAsync([created.id, 'submit', created.version]);
      setTexts({});
      setNote('');
      notify('app.policyData.proposed', { type: 'success' });
    } catch (error) {
      notify(errorText(error), { type: 'error' });
    }
  };
  return (
    <>
      <Typography variant="subtitle1" data-testid="policy-pack-title">
        {version.title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.policyData.validFrom')}: {version.validFrom}
        {version.citation ? ` · ${citation(version.citation)}` : ''}
      </Typography>
      <SampleQuotes version={{ ...version, validFrom: date }} />
      {PACK_SECTIONS.map((section) => (
        <Accordion key={section} disableGutters slotProps={{ transition: { unmountOnExit: true } }}>
          <AccordionSummary expandIcon={<ExpandMoreIcon />} data-testid={`section-${section}`}>
            <Typography>{translate(`app.policyData.sections.${section}`)}</Typography>
          </AccordionSummary>
          <AccordionDetails sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.policyData.parameter')}</TableCell>
                  <TableCell>{translate('app.policyData.value')}</TableCell>
                  <TableCell>{translate('app.policyData.unit')}</TableCell>
                  <TableCell>{translate('app.policyData.citation')}</TableCell>
                  <TableCell>{translate('app.policyData.reading')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {parameters
                  .filter((p) => p.section === section)
                  .map((p) => (
                    <ParameterRow key={p.path} p={p} text={texts[p.path]} onChange={(t) => setTexts({ ...texts, [p.path]: t })} />
                  ))}
              </TableBody>
            </Table>
          </AccordionDetails>
        </Accordion>
      ))}
      <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <TextField
          type="date"
          size="small"
          label={translate('app.policyData.effective_from')}
          value={effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: earliest, 'data-testid': 'change-effective-from' } }}
        />
        <TextField
          size="small"
          label={translate('app.policyData.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          sx={{ minWidth: 280 }}
          slotProps={{ htmlInput: { 'data-testid': 'change-note' } }}
        />
        <Button
          variant="contained"
          disabled={!checked?.ok || create.isPending || submit.isPending}
          onClick={propose}
          data-testid="change-propose"
        >
          {translate('app.policyData.propose')}
        </Button>
      </Stack>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }} data-testid="change-earliest">
        {translate('app.policyData.earliest', { date: earliest })}
      </Typography>
      {checked && !checked.ok ? (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="change-issues">
          {checked.issues.map((i) => i.message).join('；')}
        </Alert>
      ) : null}
      {checked?.ok && baseVersion ? (
        <ChangePreview
          diff={checked.value.diff}
          figures={compareSampleFigures(at(baseVersion), at(checked.value.after))}
          testId="change-preview"
        />
      ) : null}
    </>
  );
};
