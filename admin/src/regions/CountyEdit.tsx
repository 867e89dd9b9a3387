import { Edit, ReferenceField, required, SimpleForm, TextInput } from 'react-admin';

export const CountyEdit = () => (
  <Edit mutationMode="pessimistic" redirect={(_resource, _id, data) => `Region/${encodeURIComponent(String(data?.regionId))}/show`}>
    <SimpleForm>
      <ReferenceField source="regionId" reference="Region" link="show" />
      <TextInput source="id" readOnly />
      <TextInput source="name" validate={required()} />
    </SimpleForm>
  </Edit>
);
