import { Datagrid, FunctionField, type RaRecord, ReferenceManyField, TextField, useTranslate } from 'react-admin';
import { TranslatedTextField } from '../common/TranslatedTextField';

interface Certificate {
  id: string;
  name: string;
  number: string | null;
  expiresOn: string | null;
}
interface Training {
  id: string;
  trainedOn: string;
  hours: string;
  passed: boolean;
  course: string | null;
}

/** Today in China (the day a qualification's expiry is judged against). */
const todayInChina = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** The carers' rows with their certificates and trainings, asked in the one list request of the tab. */
const FIELDS = [
  'id',
  'name',
  'role',
  'nationalCode',
  { certificates: ['id', 'name', 'number', 'expiresOn'] },
  { trainings: ['id', 'trainedOn', 'hours', 'passed', 'course'] },
];

const Qualifications = () => {
  const translate = useTranslate();
  return (
    <FunctionField
      label="app.institutions.carers.qualifications"
      render={(r: RaRecord) => {
        const today = todayInChina();
        const list = (r.certificates as Certificate[] | undefined) ?? [];
        if (!list.length) return <span data-testid="carer-unqualified">{translate('app.institutions.carers.none')}</span>;
        return list
          .map(
            (c) =>
              `${c.name}${c.number ? ` ${c.number}` : ''}${c.expiresOn ? `（${translate('app.institutions.carers.until', { date: c.expiresOn })}${c.expiresOn < today ? `，${translate('app.institutions.carers.expired')}` : ''}）` : ''}`,
          )
          .join('；');
      }}
    />
  );
};

const Trainings = () => {
  const translate = useTranslate();
  return (
    <FunctionField
      label="app.institutions.carers.trainings"
      render={(r: RaRecord) =>
        ((r.trainings as Training[] | undefined) ?? [])
          .map(
            (t) =>
              `${t.trainedOn} ${t.course ?? ''} ${t.hours}${translate('app.institutions.carers.hours')}（${translate(t.passed ? 'app.institutions.carers.passed' : 'app.institutions.carers.failed')}）`,
          )
          .join('；') || '—'
      }
    />
  );
};

/**
 * The carers (护理人员) registry of a care institution: the staff with role carer, each with their
 * qualifications (expiry shown, an expired one marked) and trainings — the registry the smart audit
 * checks a visit's carer against (CARER_UNREGISTERED, CARER_UNQUALIFIED; Qinhuangdao art. 55).
 */
export const CarersTab = () => (
  <ReferenceManyField
    reference="Staff"
    target="institutionId"
    filter={{ role: 'carer' }}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={200}
    queryOptions={{ meta: { sparseFields: FIELDS } }}
  >
    <Datagrid bulkActionButtons={false} rowClick={false} empty={<span data-testid="no-carers" />} data-testid="carers">
      <TextField source="name" />
      <TranslatedTextField source="role" prefix="enums.StaffRole" />
      <TextField source="nationalCode" emptyText="—" />
      <Qualifications />
      <Trainings />
    </Datagrid>
  </ReferenceManyField>
);
