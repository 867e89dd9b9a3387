import { Edit } from 'react-admin';
import { InstitutionForm } from './InstitutionForm';
import { toInstitutionInput } from './input';

// pessimistic: the server's BAD_USER_INPUT field messages can only be shown on a form still open
export const InstitutionEdit = () => (
  <Edit transform={toInstitutionInput} mutationMode="pessimistic" redirect="show">
    <InstitutionForm />
  </Edit>
);
