import { Create } from 'react-admin';
import { InstitutionForm } from './InstitutionForm';
import { toInstitutionInput } from './input';

export const InstitutionCreate = () => (
  <Create transform={toInstitutionInput} redirect="show">
    <InstitutionForm />
  </Create>
);
