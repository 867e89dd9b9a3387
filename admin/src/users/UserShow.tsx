import {
  ArrayField,
  BooleanField,
  ChipField,
  Datagrid,
  DateField,
  EditButton,
  Labeled,
  ReferenceArrayField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TopToolbar,
} from 'react-admin';
import { RolesField } from './RolesField';
import { DeactivateButton, ResetPasswordButton } from './UserActions';

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <ResetPasswordButton />
    <DeactivateButton />
  </TopToolbar>
);

export const UserShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="username" />
      <TextField source="displayName" />
      <Labeled label="resources.User.fields.roles">
        <RolesField />
      </Labeled>
      <ReferenceArrayField source="regionIds" reference="Region">
        <SingleFieldList linkType="show">
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <ReferenceArrayField source="countyIds" reference="County" emptyText="app.users.whole_region">
        <SingleFieldList linkType={false}>
          <ChipField source="name" size="small" clickable={false} />
        </SingleFieldList>
      </ReferenceArrayField>
      <TextField source="phoneMasked" emptyText="—" />
      <BooleanField source="active" />
      <BooleanField source="mustChangePassword" />
      <DateField source="createdAt" showTime />
      <ArrayField source="signIns">
        <Datagrid bulkActionButtons={false} rowClick={false} empty={<span />} data-testid="sign-ins">
          <DateField source="at" showTime label="resources.User.fields.signIns_at" />
          <BooleanField source="success" label="resources.User.fields.signIns_success" />
          <TextField source="address" label="resources.User.fields.signIns_address" emptyText="—" />
        </Datagrid>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);
