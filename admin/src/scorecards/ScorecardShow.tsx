import { Alert, Divider } from '@mui/material';
import { ReferenceField, SelectField, Show, SimpleShowLayout, TextField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { WorkflowActions } from '../workflow/WorkflowActions';
import { WorkflowTimeline } from '../workflow/WorkflowTimeline';
import { scorecardStateChoices } from './choices';
import { EventForm } from './EventForm';
import { EventsTable } from './EventsTable';
import { MonthlyPanel } from './MonthlyPanel';
import { ScoreSummary } from './ScoreSummary';
import type { ScorecardRecord } from './types';

const Body = () => {
  const record = useRecordContext<ScorecardRecord>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'AnnualScorecard', action: 'record' });
  if (!record) return null;
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
      <WorkflowActions workflow="annualScorecard" mutation="transitionAnnualScorecard" actionType="AnnualScorecardAction" record={record} />
      <Divider sx={{ my: 2 }} />
      <WorkflowTimeline workflow="annualScorecard" history={record.history} />
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
