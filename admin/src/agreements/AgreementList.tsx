import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  DateInput,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { getStoredUser } from '../auth/session';
import { ServerExportButton } from '../common/ServerExportButton';
import { regionChoices } from '../institutions/input';
import { agreementStateChoices } from './choices';

const filters = () => [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="state" source="state" choices={agreementStateChoices} />,
  <SelectInput key="regionId" source="regionId" choices={regionChoices(getStoredUser()?.regions)} translateChoice={false} />,
  <ReferenceInput key="institutionId" source="institutionId" reference="Institution">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <DateInput key="endsBefore" source="endsBefore" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ServerExportButton />
  </TopToolbar>
);

export const AgreementList = () => (
  <List exporter={false} filters={filters()} actions={<ListActions />} sort={{ field: 'endDate', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" />
      <DataTable.Col source="institutionId" disableSort>
        <ReferenceField source="institutionId" reference="Institution" link={false} />
      </DataTable.Col>
      <DataTable.Col source="regionId" disableSort>
        <ReferenceField source="regionId" reference="Region" link={false} />
      </DataTable.Col>
      <DataTable.Col source="startDate" />
      <DataTable.Col source="endDate" />
      <DataTable.Col source="state">
        <SelectField source="state" choices={agreementStateChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
