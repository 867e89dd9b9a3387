import { DECLARATION_WORKFLOW } from '@ltci/shared';
import { Divider } from '@mui/material';
import {
  Button,
  DataTable,
  DateField,
  Labeled,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { canAccess } from '../auth/permissions';
import { translateError } from '../dataProvider/errors';
import { requestGraphQL } from '../dataProvider/request';
import { WorkflowActions, type WorkflowMutation, type WorkflowRecord, WorkflowTimeline } from '../workflow';
import { declarationStateChoices } from './choices';
import { InspectionSamplePanel } from './InspectionSamplePanel';

type DeclarationRecord = WorkflowRecord & { month: string };
const MUTATION: WorkflowMutation = { name: 'transitionServiceDeclaration', actionType: 'DeclarationAction' };

/** Runs the smart audit (Qinhuangdao art. 57) over a confirmed declaration; a rerun keeps the decisions on identical flags. */
const RunAuditButton = () => {
  const record = useRecordContext<DeclarationRecord>();
  const { permissions } = usePermissions();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  if (!record || record.state !== 'confirmed' || !canAccess(Array.isArray(permissions) ? permissions : [], 'ServiceDeclaration', 'audit'))
    return null;
  const run = async () => {
    try {
      await requestGraphQL('mutation ($id: ID!) { runDeclarationAudit(id: $id) { id } }', { id: record.id });
      notify('app.declarations.audited', { type: 'success' });
      refresh();
    } catch (error) {
      notify(translateError(error, translate), { type: 'error' });
    }
  };
  return <Button label="app.declarations.run_audit" onClick={run} data-testid="run-audit" />;
};

const Workflow = () => {
  const record = useRecordContext<DeclarationRecord>();
  return (
    <>
      <WorkflowActions<DeclarationRecord> table={DECLARATION_WORKFLOW} mutation={MUTATION} record={record} testId="declaration-actions" />
      <Divider sx={{ my: 2 }} />
      <WorkflowTimeline table={DECLARATION_WORKFLOW} record={record} testId="declaration-timeline" />
    </>
  );
};

const FlagsOf = () => {
  const record = useRecordContext<{ flags?: { rule: string; severity: string; decision: string | null }[] }>();
  const translate = useTranslate();
  return (
    <span>
      {(record?.flags ?? [])
        .map(
          (f) =>
            `${translate(`app.errors.issue.${f.rule}`, { _: f.rule })}${f.decision ? `（${translate(`enums.FlagDecision.${f.decision}`)}）` : ''}`,
        )
        .join('；')}
    </span>
  );
};

export const DeclarationShow = () => (
  <Show
    actions={
      <TopToolbar>
        <RunAuditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="institutionName" />
      <TextField source="month" />
      <SelectField source="state" choices={declarationStateChoices} />
      <TextField source="recordCount" />
      <TextField source="declaredAmount" />
      <TextField source="openBlockingFlags" />
      <DateField source="auditedAt" showTime emptyText="—" />
      <Divider />
      <Workflow />
      <Divider />
      <Labeled label="app.declarations.records" fullWidth>
        <ReferenceManyField reference="DeclaredRecord" target="declarationId" perPage={25} sort={{ field: 'key', order: 'ASC' }}>
          <DataTable bulkActionButtons={false} data-testid="declared-records">
            <DataTable.Col source="key" />
            <DataTable.Col source="claimantName" disableSort />
            <DataTable.Col source="startAt" disableSort />
            <DataTable.Col source="endAt" disableSort />
            <DataTable.Col source="fromDate" disableSort />
            <DataTable.Col source="toDate" disableSort />
            <DataTable.Col source="billedAmount" disableSort />
            <DataTable.Col source="flags" disableSort>
              <FlagsOf />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </Labeled>
      <Divider />
      <InspectionSamplePanel />
    </SimpleShowLayout>
  </Show>
);
