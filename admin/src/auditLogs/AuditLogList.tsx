import { Datagrid, FilterButton, List, SearchInput, SelectInput, TextField, TextInput, TopToolbar } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { ServerExportButton } from '../common/ServerExportButton';
import { TranslatedTextField } from '../common/TranslatedTextField';
import { auditEntityTypeChoices, auditOperationChoices } from '../domain';
import { EntityLinkField } from './EntityLinkField';

// operation and type are choices of translated names: the server matches their codes exactly
const auditLogFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="operation" source="operation" choices={auditOperationChoices} />,
  <SelectInput key="entityType" source="entityType" choices={auditEntityTypeChoices} />,
  <TextInput key="userId" source="userId" />,
  <TextInput key="entityId" source="entityId" />,
];

// the server's .xlsx export (Chinese headers and names), not react-admin's CSV of raw fields
const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ServerExportButton />
  </TopToolbar>
);

export const AuditLogList = () => (
  <List filters={auditLogFilters} actions={<ListActions />} exporter={false} sort={{ field: 'at', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <LocaleDateField source="at" />
      <TextField source="username" />
      <TranslatedTextField source="operation" prefix="enums.AuditOperation" />
      <TranslatedTextField source="entityType" prefix="enums.EntityType" />
      <EntityLinkField source="entityId" />
    </Datagrid>
  </List>
);
