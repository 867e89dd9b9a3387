import { Alert, Box, Button, Checkbox, FormControlLabel, ListSubheader, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetList, useNotify, useRefresh, useTranslate } from 'react-admin';
import { translateError } from '../dataProvider/errors';
import { requestGraphQL } from '../dataProvider/request';
import type { ScorecardRecord } from './types';

const RECORD = `mutation ($s: ID!, $t: String!, $d: String!, $c: Int!, $district: ID, $reported: String, $flags: JSONObject, $note: String) {
  recordScorecardEvent(scorecardId: $s, type: $t, occurredOn: $d, count: $c, districtId: $district, reportedOn: $reported, flags: $flags, note: $note) { id total } }`;

/** Records one event of the template's types: the date, the count, the district of a 拒单, the flags the type asks for, a note. */
export const EventForm = ({ record }: { record: ScorecardRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const types = record.recordableTypes ?? [];
  const { data: counties } = useGetList('County', {
    filter: { regionId: record.regionId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'id', order: 'ASC' },
  });
  const [type, setType] = useState('');
  const [date, setDate] = useState('');
  const [count, setCount] = useState('1');
  const [district, setDistrict] = useState('');
  const [reported, setReported] = useState('');
  const [flags, setFlags] = useState<Record<string, boolean>>({});
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const chosen = types.find((t) => t.id === type);
  const groups = [...new Set(types.map((t) => t.categoryTitle))];
  const submit = async () => {
    setError(null);
    try {
      await requestGraphQL(RECORD, {
        s: record.id,
        t: type,
        d: date,
        c: Number(count),
        district: district || null,
        reported: reported || null,
        flags: Object.fromEntries((chosen?.flags ?? []).map((f) => [f, flags[f] === true])),
        note: note || null,
      });
      notify('app.scorecards.recorded', { type: 'success' });
      setType('');
      setCount('1');
      setDistrict('');
      setNote('');
      setFlags({});
      refresh();
    } catch (e) {
      setError(translateError(e, translate, ['app.scorecards.issues']));
    }
  };
  return (
    <Box data-testid="event-form" sx={{ my: 2 }}>
      <Typography variant="subtitle2" color="text.secondary" gutterBottom>
        {translate('app.scorecards.record_event')}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextField
          select
          label={translate('resources.ScorecardEvent.fields.type')}
          value={type}
          onChange={(e) => setType(e.target.value)}
          sx={{ minWidth: 360 }}
          slotProps={{ htmlInput: { 'data-testid': 'event-type' } }}
        >
          {groups.flatMap((g) => [
            <ListSubheader key={`g-${g}`}>{g}</ListSubheader>,
            ...types
              .filter((t) => t.categoryTitle === g)
              .map((t) => (
                <MenuItem key={t.id} value={t.id} data-testid={`type-${t.id}`}>
                  {t.title} · {t.citation}
                </MenuItem>
              )),
          ])}
        </TextField>
        <TextField
          type="date"
          label={translate('resources.ScorecardEvent.fields.occurredOn')}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: { name: 'occurredOn', min: `${record.year}-01-01`, max: `${record.year}-12-31` },
          }}
        />
        <TextField
          type="number"
          label={translate(chosen?.countIsUnits ? 'app.scorecards.units' : 'resources.ScorecardEvent.fields.count')}
          value={count}
          onChange={(e) => setCount(e.target.value)}
          sx={{ width: 120 }}
          slotProps={{ htmlInput: { min: 1, name: 'count' } }}
        />
        {chosen?.needsDistrict ? (
          <TextField
            select
            label={translate('resources.ScorecardEvent.fields.districtId')}
            value={district}
            onChange={(e) => setDistrict(e.target.value)}
            sx={{ minWidth: 200 }}
            slotProps={{ htmlInput: { 'data-testid': 'event-district' } }}
          >
            {(counties ?? []).map((c) => (
              <MenuItem key={c.id} value={c.id} data-testid={`district-${c.id}`}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
        {chosen?.hasDeadline ? (
          <TextField
            type="date"
            label={translate('resources.ScorecardEvent.fields.reportedOn')}
            value={reported}
            onChange={(e) => setReported(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        ) : null}
        {(chosen?.flags ?? []).map((f) => (
          <FormControlLabel
            key={f}
            control={<Checkbox checked={flags[f] === true} onChange={(e) => setFlags({ ...flags, [f]: e.target.checked })} />}
            label={translate(`app.scorecards.flags.${f}`, { _: f })}
          />
        ))}
        <TextField
          label={translate('resources.ScorecardEvent.fields.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          sx={{ minWidth: 240 }}
          slotProps={{ htmlInput: { name: 'note' } }}
        />
        <Button variant="contained" onClick={submit} disabled={!type || !date} data-testid="record-event">
          {translate('app.scorecards.record')}
        </Button>
      </Stack>
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="event-error">
          {error}
        </Alert>
      ) : null}
    </Box>
  );
};
