import {
  BooleanInput,
  DataTable,
  FilterButton,
  List,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { getStoredUser } from '../auth/session';
import { ServerExportButton } from '../common/ServerExportButton';
import { regionChoices } from '../institutions/input';
import { auditRuleChoices, flagDecisionChoices, severityChoices } from './choices';

const filters = () => [
  <BooleanInput key="decided" source="decided" alwaysOn />,
  <SelectInput key="severity" source="severity" choices={severityChoices} alwaysOn />,
  <SelectInput key="rule" source="rule" choices={auditRuleChoices} />,
  <TextInput key="month" source="month" />,
  <SelectInput key="regionId" source="regionId" choices={regionChoices(getStoredUser()?.regions)} translateChoice={false} />,
];

const RuleField = () => {
  const record = useRecordContext<{ rule: string }>();
  const translate = useTranslate();
  return <span>{record ? translate(`app.errors.issue.${record.rule}`, { _: record.rule }) : null}</span>;
};

/** The flag review queue (Qinhuangdao art. 57): undecided blocking flags first by default; paged, filtered and sorted by the server. */
export const AuditFlagList = () => (
  <List
    exporter={false}
    filters={filters()}
    filterDefaultValues={{ decided: false, severity: 'blocking' }}
    actions={
      <TopToolbar>
        <FilterButton />
        <ServerExportButton />
      </TopToolbar>
    }
    sort={{ field: 'createdAt', order: 'DESC' }}
  >
    <DataTable rowClick="show" bulkActionButtons={false} data-testid="audit-flags">
      <DataTable.Col source="month" />
      <DataTable.Col source="institutionName" disableSort>
        <TextField source="institutionName" />
      </DataTable.Col>
      <DataTable.Col source="recordKey" disableSort />
      <DataTable.Col source="rule">
        <RuleField />
      </DataTable.Col>
      <DataTable.Col source="severity" disableSort>
        <SelectField source="severity" choices={severityChoices} />
      </DataTable.Col>
      <DataTable.Col source="message" disableSort />
      <DataTable.Col source="decision" disableSort>
        <SelectField source="decision" choices={flagDecisionChoices} emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
