import { Edit, required, SimpleForm, TextInput } from 'react-admin';

/** Only the name changes; the code is the policy pack's region code. Audited on the server. */
export const RegionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <TextInput source="id" readOnly />
      <TextInput source="name" validate={required()} />
    </SimpleForm>
  </Edit>
);
