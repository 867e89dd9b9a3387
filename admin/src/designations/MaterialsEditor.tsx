import { Alert, Box, Button, Checkbox, FormControlLabel, FormGroup, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { translateError } from '../dataProvider/errors';
import { requestGraphQL } from '../dataProvider/request';
import { type DesignationRecord, MATERIALS } from './choices';

const SAVE =
  'mutation ($id: ID!, $v: Int!, $m: [String!]) { updateDesignationApplication(id: $id, expectedVersion: $v, materials: $m) { id } }';

/** Xinjiang art. 7–8: the materials received, ticked as they arrive (a supplement included). */
export const MaterialsEditor = ({ record }: { record: DesignationRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [chosen, setChosen] = useState<string[]>(record.materials);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    try {
      await requestGraphQL(SAVE, { id: record.id, v: record.version, m: chosen });
      notify('app.designations.saved', { type: 'success' });
      refresh();
    } catch (e) {
      setError(translateError(e, translate));
    }
  };
  return (
    <Box data-testid="materials-editor" sx={{ my: 1 }}>
      <Typography variant="subtitle2">{translate('resources.DesignationApplication.fields.materials')}</Typography>
      <FormGroup>
        {MATERIALS.map((m) => (
          <FormControlLabel
            key={m}
            control={
              <Checkbox
                checked={chosen.includes(m)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, m] : chosen.filter((c) => c !== m))}
                data-testid={`material-${m}`}
              />
            }
            label={translate(`enums.DesignationMaterial.${m}`)}
          />
        ))}
      </FormGroup>
      {error ? <Alert severity="error">{error}</Alert> : null}
      <Button size="small" variant="outlined" onClick={save} data-testid="save-materials">
        {translate('ra.action.save')}
      </Button>
    </Box>
  );
};
