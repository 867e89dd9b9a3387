import { Edit } from 'react-admin';
import { toStaffInput } from './input';
import { StaffForm } from './StaffForm';

export const StaffEdit = () => (
  <Edit
    transform={toStaffInput}
    mutationMode="pessimistic"
    redirect={(_resource, _id, data) => `Institution/${(data as { institutionId?: string })?.institutionId}/show/staff`}
  >
    <StaffForm />
  </Edit>
);
