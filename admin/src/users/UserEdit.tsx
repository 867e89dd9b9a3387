import { Edit } from 'react-admin';
import { UserForm } from './UserForm';

/** Only what changed is sent (the phone is never read back in full: leave it empty to keep it). */
export const UserEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    transform={(data: Record<string, unknown>) => (data.phone ? data : { ...data, phone: undefined })}
  >
    <UserForm />
  </Edit>
);
