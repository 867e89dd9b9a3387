import { PANEL_FIELDS } from '@ltci/shared';
import { Alert, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { translateError } from '../dataProvider/errors';
import { requestGraphQL } from '../dataProvider/request';
import type { DesignationRecord } from './choices';

const SAVE = `mutation ($id: ID!, $v: Int!, $p: [PanelMemberInput!], $s: SiteVisitInput, $d: String) {
  updateDesignationApplication(id: $id, expectedVersion: $v, panel: $p, siteVisit: $s, panelDecision: $d) { id } }`;

/** Xinjiang art. 9: the panel's members by field, the site visit and the collective decision, recorded on the application. */
export const PanelForm = ({ record }: { record: DesignationRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const editable = record.state === 'review';
  const [members, setMembers] = useState(() =>
    (record.panel.length ? record.panel : PANEL_FIELDS.map((field) => ({ name: '', field, unit: '' }))).map((m, i) => ({
      ...m,
      rowKey: `m${i}`,
    })),
  );
  const [visit, setVisit] = useState(record.siteVisit ?? { date: '', inspectors: '', findings: '' });
  const [decision, setDecision] = useState(record.panelDecision ?? '');
  const [error, setError] = useState<string | null>(null);
  const set = (i: number, patch: Partial<(typeof members)[number]>) =>
    setMembers(members.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const save = async () => {
    setError(null);
    try {
      await requestGraphQL(SAVE, {
        id: record.id,
        v: record.version,
        p: members.filter((m) => m.name.trim()).map((m) => ({ name: m.name, field: m.field, unit: m.unit || null })),
        s: visit.date ? visit : null,
        d: decision,
      });
      notify('app.designations.saved', { type: 'success' });
      refresh();
    } catch (e) {
      setError(translateError(e, translate));
    }
  };
  return (
    <Box data-testid="panel-form" sx={{ my: 2 }}>
      <Typography variant="h6">{translate('app.designations.panel')}</Typography>
      {members.map((m, i) => (
        <Stack key={m.rowKey} direction="row" spacing={1} sx={{ my: 0.5 }}>
          <TextField
            size="small"
            label={translate('app.designations.member_name')}
            value={m.name}
            disabled={!editable}
            onChange={(e) => set(i, { name: e.target.value })}
          />
          <TextField
            select
            size="small"
            label={translate('app.designations.member_field')}
            value={m.field}
            disabled={!editable}
            onChange={(e) => set(i, { field: e.target.value })}
            sx={{ minWidth: 140 }}
          >
            {PANEL_FIELDS.map((f) => (
              <MenuItem key={f} value={f}>
                {translate(`enums.PanelField.${f}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            label={translate('app.designations.member_unit')}
            value={m.unit ?? ''}
            disabled={!editable}
            onChange={(e) => set(i, { unit: e.target.value })}
          />
        </Stack>
      ))}
      {editable ? (
        <Button
          size="small"
          onClick={() =>
            setMembers([...members, { name: '', field: 'ltciManagement', unit: '', rowKey: `m${members.length}-${Date.now()}` }])
          }
        >
          {translate('app.designations.add_member')}
        </Button>
      ) : null}
      <Stack direction="row" spacing={1} sx={{ my: 1 }}>
        <TextField
          size="small"
          type="date"
          label={translate('app.designations.site_date')}
          value={visit.date}
          disabled={!editable}
          onChange={(e) => setVisit({ ...visit, date: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          size="small"
          label={translate('app.designations.site_inspectors')}
          value={visit.inspectors}
          disabled={!editable}
          onChange={(e) => setVisit({ ...visit, inspectors: e.target.value })}
        />
      </Stack>
      <TextField
        size="small"
        fullWidth
        multiline
        label={translate('app.designations.site_findings')}
        value={visit.findings}
        disabled={!editable}
        onChange={(e) => setVisit({ ...visit, findings: e.target.value })}
      />
      <TextField
        size="small"
        fullWidth
        multiline
        sx={{ mt: 1 }}
        label={translate('app.designations.decision')}
        value={decision}
        disabled={!editable}
        onChange={(e) => setDecision(e.target.value)}
      />
      {error ? <Alert severity="error">{error}</Alert> : null}
      {editable ? (
        <Button variant="outlined" sx={{ mt: 1 }} onClick={save} data-testid="save-panel">
          {translate('app.designations.save_panel')}
        </Button>
      ) : null}
    </Box>
  );
};
