import { Alert } from '@mui/material';
import { Edit, useRecordContext, useTranslate } from 'react-admin';
import { AgreementForm } from './AgreementForm';
import type { AgreementRecord } from './choices';

// Only a draft's number and term; the state is never an input (it changes through transitionServiceAgreement).
const toUpdateInput = (data: Record<string, unknown>) => ({
  id: data.id,
  expectedVersion: data.version,
  number: data.number,
  startDate: data.startDate,
  endDate: data.endDate,
});

const DraftOnly = () => {
  const record = useRecordContext<AgreementRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.state !== 'draft') return <Alert severity="info">{translate('app.agreements.edit_only_draft')}</Alert>;
  return <AgreementForm withInstitution={false} />;
};

export const AgreementEdit = () => (
  <Edit transform={toUpdateInput} mutationMode="pessimistic" redirect="show">
    <DraftOnly />
  </Edit>
);
