import { Create } from 'react-admin';
import { RelatedPersonForm } from './RelatedPersonForm';

const toInput = (data: Record<string, unknown>) => ({
  institutionId: data.institutionId,
  role: data.role,
  name: typeof data.name === 'string' ? data.name.trim() : data.name,
  idNumber: typeof data.idNumber === 'string' ? data.idNumber.trim().toUpperCase() : data.idNumber,
});

/** Opened from an institution's related-persons tab; a separation conflict comes back naming the other institution and the article. */
export const RelatedPersonCreate = () => (
  <Create
    transform={toInput}
    redirect={(_resource, _id, data) => `Institution/${(data as { institutionId?: string })?.institutionId}/show/persons`}
  >
    <RelatedPersonForm />
  </Create>
);
