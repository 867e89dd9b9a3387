import { ANNUAL_SCORECARD_WORKFLOW } from '@ltci/shared';
import { Alert, Divider } from '@mui/material';
import { ReferenceField, SelectField, Show, SimpleShowLayout, TextField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { WorkflowActions, type WorkflowMutation, WorkflowTimeline } from '../workflow';
import { scorecardStateChoices } from './choices';
import { EventForm } from './EventForm';
import { EventsTable } from './EventsTable';
import { MonthlyPanel } from './MonthlyPanel';
import { ScoreSummary } from './ScoreSummary';
import type { ScorecardRecord } from './types';

const MUTATION: WorkflowMutation = { name: 'transitionAnnualScorecard', actionType: 'AnnualScorecardAction' };

const Body = () => {
  const record = useRecordContext<ScorecardRecord>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'AnnualScorecard', action: 'record' });
  // a record a list or an institution's page left in the cache has no lists (listFields): wait for the page's own read
  if (!record?.categories || !record.events) return null;
  return (
    <>
      <ScoreSummary record={record} />
      <Divider sx={{ my: 2 }} />
      {record.state === 'open' ? (
        canAccess ? (
          <EventForm record={record} />
        ) : null
      ) : (
        <Alert severity="info" data-testid="scorecard-read-only">
          {translate(record.state === 'locked' ? 'app.scorecards.locked' : 'app.scorecards.submitted')}
        </Alert>
      )}
      <EventsTable record={record} />
      <Divider sx={{ my: 2 }} />
      <MonthlyPanel record={record} />
      <Divider sx={{ my: 2 }} />
      <WorkflowActions table={ANNUAL_SCORECARD_WORKFLOW} mutation={MUTATION} record={record} testId="annualScorecard-actions" />
      <Divider sx={{ my: 2 }} />
      <WorkflowTimeline table={ANNUAL_SCORECARD_WORKFLOW} record={record} testId="annualScorecard-timeline" />
    </>
  );
};

export const ScorecardShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="institutionId" reference="Institution" />
      <TextField source="year" />
      <TextField source="templateId" />
      <SelectField source="state" choices={scorecardStateChoices} />
      <Body />
    </SimpleShowLayout>
  </Show>
);
