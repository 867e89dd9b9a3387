import {
  BooleanField,
  BooleanInput,
  ChipField,
  CreateButton,
  Datagrid,
  DateField,
  FilterButton,
  List,
  ReferenceArrayField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SingleFieldList,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ServerExportButton } from '../common/ServerExportButton';
import { roleChoices } from '../domain';
import { RolesField } from './RolesField';

const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} />,
  <ReferenceInput key="regionId" source="regionId" reference="Region" />,
  <BooleanInput key="active" source="active" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ServerExportButton />
  </TopToolbar>
);

/** Filters and sort run in SQL on the server; the phone is shown masked. */
export const UserList = () => (
  <List exporter={false} filters={userFilters} actions={<ListActions />} sort={{ field: 'username', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="username" />
      <TextField source="displayName" />
      <RolesField label="resources.User.fields.roles" sortable={false} />
      <ReferenceArrayField source="regionIds" reference="Region" sortable={false}>
        <SingleFieldList linkType={false}>
          <ChipField source="name" size="small" clickable={false} />
        </SingleFieldList>
      </ReferenceArrayField>
      <TextField source="phoneMasked" sortable={false} emptyText="—" />
      <BooleanField source="active" />
      <DateField source="createdAt" showTime />
    </Datagrid>
  </List>
);
