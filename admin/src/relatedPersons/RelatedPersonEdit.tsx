import { Edit } from 'react-admin';
import { RelatedPersonForm } from './RelatedPersonForm';

const toInput = (data: Record<string, unknown>) => {
  const idNumber = typeof data.idNumber === 'string' ? data.idNumber.trim().toUpperCase() : '';
  return {
    id: data.id,
    role: data.role,
    name: typeof data.name === 'string' ? data.name.trim() : data.name,
    ...(idNumber ? { idNumber } : {}),
  };
};

export const RelatedPersonEdit = () => (
  <Edit
    transform={toInput}
    mutationMode="pessimistic"
    redirect={(_resource, _id, data) => `Institution/${(data as { institutionId?: string })?.institutionId}/show/persons`}
  >
    <RelatedPersonForm edit />
  </Edit>
);
