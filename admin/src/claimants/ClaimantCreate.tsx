import { Create } from 'react-admin';
import { ClaimantForm } from './ClaimantForm';
import { toClaimantInput } from './input';

export const ClaimantCreate = () => (
  <Create transform={toClaimantInput} redirect="show">
    <ClaimantForm />
  </Create>
);
