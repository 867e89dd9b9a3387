import { INSPECTION_WORKFLOW } from '@ltci/shared';
import { Box, Divider, MenuItem, TextField as MuiTextField, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, SelectField, Show, SimpleShowLayout, TextField, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ExplainedFigure, type TraceStepLike } from '../common/TraceDrawer';
import { translateError } from '../dataProvider/errors';
import { requestGraphQL } from '../dataProvider/request';
import { WorkflowActions, type WorkflowMutation, type WorkflowRecord, WorkflowTimeline } from '../workflow';
import { inspectionKindChoices, inspectionStateChoices } from './choices';
import { FindingsPanel } from './FindingsPanel';

type InspectionRecord = WorkflowRecord & {
  checklist: { item: string; result: string | null; note: string | null }[];
  targets?: { id: string; name: string }[];
  inspectorNames: string[];
  selection: { seed: number; candidates: string[]; chosen: string[]; trace: TraceStepLike[] } | null;
};

const MUTATION: WorkflowMutation = { name: 'transitionInspection', actionType: 'InspectionAction' };
const UPDATE =
  'mutation ($id: ID!, $v: Int!, $c: [ChecklistItemInput!]!) { updateInspection(id: $id, expectedVersion: $v, checklist: $c) { id } }';
const TARGETS = 'query ($id: ID!) { Inspection(id: $id) { id targets { id name } } }';

const Selection = () => {
  const record = useRecordContext<InspectionRecord>();
  const translate = useTranslate();
  if (!record?.selection) return null;
  return (
    <Box data-testid="inspection-selection">
      <ExplainedFigure
        value={translate('app.supervision.seed', { seed: record.selection.seed, n: record.selection.candidates.length })}
        trace={record.selection.trace}
      />
    </Box>
  );
};

const Checklist = () => {
  const record = useRecordContext<InspectionRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [results, setResults] = useState<Record<string, string>>({});
  // a row the list left in the cache has no lists (listFields): wait for the page's own read
  if (!record?.checklist) return null;
  const editable = record.state !== 'closed' && record.state !== 'cancelled';
  const save = async () => {
    try {
      const c = record.checklist.map((i) => ({ item: i.item, result: (results[i.item] ?? i.result) || null, note: i.note }));
      await requestGraphQL(UPDATE, { id: record.id, v: record.version, c });
      notify('app.supervision.saved', { type: 'success' });
      refresh();
    } catch (e) {
      notify(translateError(e, translate), { type: 'error' });
    }
  };
  return (
    <Stack spacing={1} data-testid="inspection-checklist">
      <Typography variant="subtitle2">{translate('resources.Inspection.fields.checklist')}</Typography>
      {record.checklist.map((i) => (
        <Stack direction="row" spacing={2} key={i.item} sx={{ alignItems: 'center' }}>
          <Typography sx={{ minWidth: 260 }}>{i.item}</Typography>
          <MuiTextField
            select
            size="small"
            sx={{ minWidth: 120 }}
            disabled={!editable}
            value={results[i.item] ?? i.result ?? ''}
            onChange={(e) => setResults({ ...results, [i.item]: e.target.value })}
          >
            <MenuItem value="">—</MenuItem>
            {['pass', 'fail', 'na'].map((r) => (
              <MenuItem key={r} value={r}>
                {translate(`app.supervision.result_${r}`)}
              </MenuItem>
            ))}
          </MuiTextField>
        </Stack>
      ))}
      {editable ? <Button label="app.supervision.checklist_save" onClick={save} /> : null}
    </Stack>
  );
};

const Workflow = () => {
  const record = useRecordContext<InspectionRecord>();
  const { data } = useQuery({
    queryKey: ['inspectionTargets', record?.id],
    queryFn: () => requestGraphQL<{ Inspection: { targets: { id: string; name: string }[] } }>(TARGETS, { id: record?.id }),
    enabled: !!record,
  });
  const targets = data?.Inspection.targets;
  if (!record) return null;
  return (
    <>
      <Typography variant="subtitle2" data-testid="inspection-targets">
        {(targets ?? []).map((t) => t.name).join('、')}
      </Typography>
      <WorkflowActions<InspectionRecord> table={INSPECTION_WORKFLOW} mutation={MUTATION} record={record} testId="inspection-actions" />
      <Divider sx={{ my: 2 }} />
      <FindingsPanel inspection={{ id: String(record.id), state: record.state, targets: targets ?? [] }} />
      <Divider sx={{ my: 2 }} />
      <WorkflowTimeline table={INSPECTION_WORKFLOW} record={record} testId="inspection-timeline" />
    </>
  );
};

export const InspectionShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="title" />
      <SelectField source="kind" choices={inspectionKindChoices} />
      <SelectField source="state" choices={inspectionStateChoices} />
      <TextField source="plannedOn" />
      <TextField source="scope" />
      <TextField source="inspectorNames" />
      <Selection />
      <Checklist />
      <TextField source="result" emptyText="—" />
      <Divider />
      <Workflow />
    </SimpleShowLayout>
  </Show>
);
