import { Edit } from 'react-admin';
import { ClaimantForm } from './ClaimantForm';
import { toClaimantInput } from './input';

// pessimistic: the server's field messages (a duplicate number, a stale version) need the form still open
export const ClaimantEdit = () => (
  <Edit transform={toClaimantInput} mutationMode="pessimistic" redirect="show">
    <ClaimantForm />
  </Edit>
);
