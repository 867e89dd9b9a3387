import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { TranslatedTextField } from '../common/TranslatedTextField';
import { JsonField } from './JsonField';

export const AuditLogShow = () => (
  <Show>
    <SimpleShowLayout>
      <LocaleDateField source="at" />
      <TextField source="username" />
      <TextField source="userId" emptyText="—" />
      <TranslatedTextField source="operation" prefix="enums.AuditOperation" />
      <TranslatedTextField source="entityType" prefix="enums.EntityType" />
      <TextField source="entityId" />
      <JsonField source="before" />
      <JsonField source="after" />
    </SimpleShowLayout>
  </Show>
);
