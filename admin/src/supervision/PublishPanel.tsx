import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { requestGraphQL } from '../dataProvider/request';
import { publicationKindChoices } from './choices';
import { FormDialog } from './FormDialog';

const PUBLISH = `mutation ($r: ID!, $k: PublicationKind!, $y: Int, $t: String!, $n: String) {
  publishDisclosure(regionId: $r, kind: $k, year: $y, title: $t, note: $n) { id } }`;

/** Qinhuangdao art. 73: an administrator publishes the directory, the evaluation results or the fund's year (a snapshot, audited). */
export const PublishPanel = ({ regionId }: { regionId: string }) => {
  const translate = useTranslate();
  const [kind, setKind] = useState('institutionDirectory');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  return (
    <Stack spacing={1} data-testid="publish-panel">
      <Typography variant="h6">{translate('app.supervision.publications')}</Typography>
      <FormDialog
        label="app.supervision.publish"
        testId="publish"
        submit={() =>
          requestGraphQL(PUBLISH, {
            r: regionId,
            k: kind,
            y: kind === 'institutionDirectory' ? null : Number(year),
            t: title,
            n: note || null,
          })
        }
      >
        <TextField select value={kind} onChange={(e) => setKind(e.target.value)}>
          {publicationKindChoices.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {translate(c.name)}
            </MenuItem>
          ))}
        </TextField>
        {kind === 'institutionDirectory' ? null : (
          <TextField label={translate('app.supervision.publish_year')} value={year} onChange={(e) => setYear(e.target.value)} />
        )}
        <TextField
          label={translate('app.supervision.publish_title')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'publish-title' } }}
        />
        <TextField
          label={translate('app.supervision.publish_note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          multiline
          slotProps={{ htmlInput: { 'data-testid': 'publish-note' } }}
        />
      </FormDialog>
    </Stack>
  );
};
