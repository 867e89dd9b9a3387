import { Create } from 'react-admin';
import { toStaffInput } from './input';
import { StaffForm } from './StaffForm';

/** Opened from an institution's staff tab (`?source={"institutionId":…}`); back to that tab when saved. */
export const StaffCreate = () => (
  <Create
    transform={toStaffInput}
    mutationOptions={{ meta: {} }}
    redirect={(_resource, _id, data) => `Institution/${(data as { institutionId?: string })?.institutionId}/show/staff`}
  >
    <StaffForm />
  </Create>
);
