import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { TranslatedTextField } from '../common/TranslatedTextField';
import { ChangesTable } from './ChangesTable';
import { EntityLinkField } from './EntityLinkField';

export const AuditLogShow = () => (
  <Show>
    <SimpleShowLayout>
      <LocaleDateField source="at" />
      <TextField source="username" />
      <TextField source="userId" emptyText="—" />
      <TranslatedTextField source="operation" prefix="enums.AuditOperation" />
      <TranslatedTextField source="entityType" prefix="enums.EntityType" />
      <EntityLinkField source="entityId" />
      <ChangesTable label="app.auditLogs.changes" />
    </SimpleShowLayout>
  </Show>
);
