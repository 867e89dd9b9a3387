import {
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  NumberField,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { getStoredUser } from '../auth/session';
import { ServerExportButton } from '../common/ServerExportButton';
import { careSubtypeChoices, kindChoices, statusChoices } from '../domain';
import { stateChoices } from './activity';
import { InstitutionImportButton } from './InstitutionImport';
import { regionChoices } from './input';

const institutionFilters = () => [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
  <SelectInput key="careSubtype" source="careSubtype" choices={careSubtypeChoices} />,
  <SelectInput key="regionId" source="regionId" choices={regionChoices(getStoredUser()?.regions)} translateChoice={false} />,
  <SelectInput key="status" source="status" choices={statusChoices} />,
  // deactivated institutions stay in the list, one choice away (issue 8, defect 3)
  <SelectInput key="state" source="state" choices={stateChoices} alwaysOn emptyText="ra.action.clear_input_value" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <InstitutionImportButton />
    <ServerExportButton />
  </TopToolbar>
);

export const InstitutionList = () => (
  <List
    exporter={false}
    filters={institutionFilters()}
    filterDefaultValues={{ state: 'active' }}
    actions={<ListActions />}
    sort={{ field: 'name', order: 'ASC' }}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <SelectField source="kind" choices={kindChoices} />
      <SelectField source="careSubtype" choices={careSubtypeChoices} emptyText="—" />
      <TextField source="creditCode" />
      <ReferenceField source="regionId" reference="Region" link={false} />
      <SelectField source="status" choices={statusChoices} />
      <SelectField source="state" choices={stateChoices} />
      <NumberField source="staffCount" sortable={false} />
    </Datagrid>
  </List>
);
