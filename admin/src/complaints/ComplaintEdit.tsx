import { Edit, SimpleForm, TextInput } from 'react-admin';

// Only the investigation's notes; the state and the result change through transitionComplaint.
const toUpdateInput = (d: Record<string, unknown>) => ({ id: d.id, expectedVersion: d.version, investigation: d.investigation ?? null });

export const ComplaintEdit = () => (
  <Edit transform={toUpdateInput} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <TextInput source="investigation" multiline minRows={5} fullWidth />
    </SimpleForm>
  </Edit>
);
