import { Datagrid, List, SearchInput, TextField, TextInput } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { TranslatedTextField } from '../common/TranslatedTextField';

const auditLogFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="entityType" source="entityType" />,
  <TextInput key="operation" source="operation" />,
  <TextInput key="userId" source="userId" />,
  <TextInput key="entityId" source="entityId" />,
];

export const AuditLogList = () => (
  <List filters={auditLogFilters} sort={{ field: 'at', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <LocaleDateField source="at" />
      <TextField source="username" />
      <TranslatedTextField source="operation" prefix="enums.AuditOperation" />
      <TranslatedTextField source="entityType" prefix="enums.EntityType" />
      <TextField source="entityId" />
    </Datagrid>
  </List>
);
