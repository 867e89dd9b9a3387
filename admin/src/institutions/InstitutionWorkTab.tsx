import { Box, Divider, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  BooleanField,
  Button,
  DataTable,
  ReferenceManyField,
  SelectField,
  TextField,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router';
import { canAccess, RESOURCES } from '../auth/permissions';
import { complaintKindChoices, complaintStateChoices } from '../complaints/choices';
import { designationStateChoices } from '../designations/choices';
import { scorecardStateChoices } from '../scorecards/choices';

/** The resource's list filtered by this institution (all of its rows, with the list's own filters and export). */
const AllLink = ({ resource }: { resource: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Button
      component={Link}
      to={{ pathname: `/${resource}`, search: `?filter=${encodeURIComponent(JSON.stringify({ institutionId: record.id }))}` }}
      label="app.institutions.work_all"
      data-testid={`work-all-${resource}`}
    />
  );
};

const Section = ({ resource, title, sort, children }: { resource: string; title: string; sort: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box data-testid={`work-${resource}`} sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="subtitle1">{translate(title)}</Typography>
        <AllLink resource={resource} />
      </Box>
      <ReferenceManyField reference={resource} target="institutionId" sort={{ field: sort, order: 'DESC' }} perPage={10}>
        <DataTable rowClick="show" bulkActionButtons={false} empty={<Typography color="text.secondary">—</Typography>}>
          {children}
        </DataTable>
      </ReferenceManyField>
      <Divider sx={{ mt: 1 }} />
    </Box>
  );
};

/**
 * The inspector's work on one institution, reached from its page: its designation applications,
 * annual scorecards, complaints and information-change requests (issue 10), each the latest ten
 * with a link to the whole list filtered by the institution. A section shows only to who may read it.
 */
export const InstitutionWorkTab = () => {
  const { permissions } = usePermissions();
  const granted = Array.isArray(permissions) ? permissions : [];
  const can = (resource: string) => canAccess(granted, resource, 'list');
  return (
    <Box sx={{ width: '100%' }} data-testid="institution-work">
      {can(RESOURCES.designations) ? (
        <Section resource={RESOURCES.designations} title="app.institutions.work_designations" sort="applicationDate">
          <DataTable.Col source="round" />
          <DataTable.Col source="applicationDate" />
          <DataTable.Col source="reviewTotal" />
          <DataTable.Col source="state">
            <SelectField source="state" choices={designationStateChoices} />
          </DataTable.Col>
        </Section>
      ) : null}
      {can(RESOURCES.scorecards) ? (
        <Section resource={RESOURCES.scorecards} title="app.institutions.work_scorecards" sort="year">
          <DataTable.Col source="year" />
          <DataTable.Col source="total" />
          <DataTable.Col source="state">
            <SelectField source="state" choices={scorecardStateChoices} />
          </DataTable.Col>
        </Section>
      ) : null}
      {can(RESOURCES.complaints) ? (
        <Section resource={RESOURCES.complaints} title="app.institutions.work_complaints" sort="receivedOn">
          <DataTable.Col source="receivedOn" />
          <DataTable.Col source="kind">
            <SelectField source="kind" choices={complaintKindChoices} />
          </DataTable.Col>
          <DataTable.Col source="content">
            <TextField source="content" />
          </DataTable.Col>
          <DataTable.Col source="state">
            <SelectField source="state" choices={complaintStateChoices} />
          </DataTable.Col>
        </Section>
      ) : null}
      {can(RESOURCES.infoChanges) ? (
        <Section resource={RESOURCES.infoChanges} title="app.institutions.work_info_changes" sort="approvalDate">
          <DataTable.Col source="approvalDate" />
          <DataTable.Col source="appliedOn" />
          <DataTable.Col source="dueOn" />
          <DataTable.Col source="late">
            <BooleanField source="late" />
          </DataTable.Col>
        </Section>
      ) : null}
    </Box>
  );
};
