import { Create } from 'react-admin';
import { AgreementForm } from './AgreementForm';

const toCreateInput = (data: Record<string, unknown>) => ({
  institutionId: data.institutionId,
  number: data.number,
  startDate: data.startDate,
  endDate: data.endDate,
});

export const AgreementCreate = () => (
  <Create transform={toCreateInput} redirect="show">
    <AgreementForm withInstitution />
  </Create>
);
