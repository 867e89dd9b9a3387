import { REVIEW_BASIC_LINES, REVIEW_ITEMS, type ReviewEntries, type ReviewRecords, scoreDesignationReview } from '@ltci/shared';
import {
  Alert,
  Box,
  Button,
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
import { useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { ExplainedFigure } from '../common/TraceDrawer';
import { useCitation } from '../common/useCitation';
import { translateError } from '../dataProvider/errors';
import { requestGraphQL } from '../dataProvider/request';
import type { DesignationRecord } from './choices';

const RECORDS = 'query ($id: ID!) { designationReviewRecords(id: $id) }';
const SAVE = `mutation ($id: ID!, $v: Int!, $e: JSONObject) { updateDesignationApplication(id: $id, expectedVersion: $v, reviewEntries: $e) { id } }`;

type Basic = NonNullable<ReviewEntries['basic']>;
type Items = NonNullable<ReviewEntries['items']>;

/**
 * The annex 2 scorecard as the inspector fills it: each line pre-filled from the institution's
 * records, each entry laid over it with its reason; the total is `scoreDesignationReview` of
 * `shared`, recomputed on every keystroke (the server computes the same when it is saved).
 */
export const ReviewScorecard = ({ record }: { record: DesignationRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const cite = useCitation();
  const [locale] = useLocaleState();
  const lang = locale === 'en' ? 'en' : 'zh';
  const editable = record.state === 'review';
  const { data } = useQuery({
    queryKey: ['designationReviewRecords', record.id, record.version],
    queryFn: () => requestGraphQL<{ designationReviewRecords: ReviewRecords & { note: string | null } }>(RECORDS, { id: record.id }),
  });
  const saved = (record.reviewEntries ?? {}) as ReviewEntries;
  const [basic, setBasic] = useState<Basic>(saved.basic ?? {});
  const [items, setItems] = useState<Items>(saved.items ?? {});
  const [error, setError] = useState<string | null>(null);
  const records = data?.designationReviewRecords;
  if (!records) return null;
  const scored = scoreDesignationReview(records, { basic, items });
  if (!scored.ok) return <Alert severity="error">{scored.issues.map((i) => i.message).join('；')}</Alert>;
  const score = scored.value;
  const issueAt = (path: string) => score.issues.find((i) => i.path === path || i.path.startsWith(`${path}.`));
  const save = async () => {
    setError(null);
    try {
      await requestGraphQL(SAVE, { id: record.id, v: record.version, e: { basic, items } });
      notify('app.designations.saved', { type: 'success' });
      refresh();
    } catch (e) {
      setError(translateError(e, translate));
    }
  };
  const failed = score.basic.filter((b) => b.verdict === 'fail').map((b) => b.label[lang]);
  return (
    <Box data-testid="review-scorecard" sx={{ my: 2 }}>
      <Typography variant="h6">{translate('app.designations.review')}</Typography>
      {records.note ? <Alert severity="info">{records.note}</Alert> : null}
      <Stack direction="row" spacing={4} sx={{ my: 1, alignItems: 'baseline' }}>
        <Typography variant="h4" data-testid="review-total">
          <ExplainedFigure value={score.total} trace={scored.trace} title={translate('app.designations.total')} />
        </Typography>
        <Typography data-testid="review-basic">
          {translate('app.designations.basic_passed')}：
          {!score.complete
            ? translate('app.designations.incomplete')
            : score.basicPassed
              ? translate('app.designations.all_passed')
              : translate('app.designations.some_failed', { lines: failed.join('、') })}
        </Typography>
      </Stack>
      <Typography variant="subtitle2">{translate('app.designations.basic')}</Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.designations.line')}</TableCell>
            <TableCell>{translate('app.designations.basis')}</TableCell>
            <TableCell>{translate('app.designations.verdict')}</TableCell>
            <TableCell>{translate('app.designations.reason')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {REVIEW_BASIC_LINES.map((line) => {
            const r = score.basic.find((b) => b.line === line)!;
            const problem = issueAt(`basic.${line}`);
            return (
              <TableRow key={line} data-testid={`basic-${line}`}>
                <TableCell sx={{ maxWidth: 320 }}>
                  <b>{r.label[lang]}</b>
                  <Typography variant="caption" component="div" color="text.secondary">
                    {r.rule} · {cite(r.citation)}
                  </Typography>
                </TableCell>
                <TableCell sx={{ maxWidth: 260 }}>{r.basis}</TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    value={r.verdict ?? ''}
                    disabled={!editable}
                    error={!!problem && problem.code !== 'REASON_REQUIRED'}
                    onChange={(e) => setBasic({ ...basic, [line]: { ...basic[line], verdict: e.target.value as 'pass' | 'fail' } })}
                    slotProps={{ htmlInput: { 'data-testid': `verdict-${line}` } }}
                    sx={{ minWidth: 110 }}
                  >
                    <MenuItem value="pass">{translate('app.designations.pass')}</MenuItem>
                    <MenuItem value="fail">{translate('app.designations.fail')}</MenuItem>
                  </TextField>
                </TableCell>
                <TableCell>
                  {r.overridden || basic[line]?.reason ? (
                    <TextField
                      size="small"
                      value={basic[line]?.reason ?? ''}
                      disabled={!editable}
                      error={problem?.code === 'REASON_REQUIRED'}
                      helperText={problem?.code === 'REASON_REQUIRED' ? problem.message : undefined}
                      onChange={(e) => setBasic({ ...basic, [line]: { verdict: r.verdict ?? 'pass', reason: e.target.value } })}
                    />
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {translate('app.designations.items')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.designations.line')}</TableCell>
            <TableCell>{translate('app.designations.basis')}</TableCell>
            <TableCell align="right">{translate('app.designations.prefilled')}</TableCell>
            <TableCell>{translate('app.designations.points')}</TableCell>
            <TableCell>{translate('app.designations.reason')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {REVIEW_ITEMS.map((item) => {
            const r = score.items.find((i) => i.item === item)!;
            const entry = items[item];
            const problem = issueAt(`items.${item}`);
            return (
              <TableRow key={item} data-testid={`item-${item}`}>
                <TableCell sx={{ maxWidth: 320 }}>
                  <b>{r.label[lang]}</b>（≤{r.max}）
                  <Typography variant="caption" component="div" color="text.secondary">
                    {r.rule} · {cite(r.citation)}
                  </Typography>
                </TableCell>
                <TableCell sx={{ maxWidth: 240 }}>{r.basis}</TableCell>
                <TableCell align="right">{r.prefilled}</TableCell>
                <TableCell>
                  <TextField
                    size="small"
                    value={entry ? String(entry.points) : r.points}
                    disabled={!editable}
                    error={!!problem && problem.code !== 'REASON_REQUIRED'}
                    helperText={problem && problem.code !== 'REASON_REQUIRED' ? problem.message : undefined}
                    onChange={(e) => setItems({ ...items, [item]: { ...entry, points: e.target.value } })}
                    slotProps={{ htmlInput: { 'data-testid': `points-${item}`, inputMode: 'decimal' } }}
                    sx={{ width: 110 }}
                  />
                </TableCell>
                <TableCell>
                  {r.overridden || entry?.reason ? (
                    <TextField
                      size="small"
                      value={entry?.reason ?? ''}
                      disabled={!editable}
                      error={problem?.code === 'REASON_REQUIRED'}
                      helperText={problem?.code === 'REASON_REQUIRED' ? problem.message : undefined}
                      onChange={(e) => setItems({ ...items, [item]: { points: entry?.points ?? r.points, reason: e.target.value } })}
                      slotProps={{ htmlInput: { 'data-testid': `reason-${item}` } }}
                    />
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      ) : null}
      {editable ? (
        <Button variant="contained" sx={{ mt: 1 }} onClick={save} data-testid="save-review">
          {translate('app.designations.save_review')}
        </Button>
      ) : null}
    </Box>
  );
};
