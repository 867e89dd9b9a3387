import { Chip, Stack } from '@mui/material';
import {
  BooleanField,
  Button,
  Datagrid,
  EditButton,
  FunctionField,
  NumberField,
  type RaRecord,
  ReferenceManyField,
  SelectField,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router';
import { LocaleDateField } from '../common/LocaleDateField';
import { TranslatedTextField } from '../common/TranslatedTextField';
import { RevealButton } from '../relatedPersons/RevealButton';
import { staffTitleChoices } from '../staff/input';
import { PoolActions } from '../staff/PoolActions';

/** A link to a create page with the institution filled in. */
const AddButton = ({ resource, label }: { resource: string; label: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Button
      component={Link}
      to={{ pathname: `/${resource}/create`, search: `?source=${encodeURIComponent(JSON.stringify({ institutionId: record.id }))}` }}
      label={label}
      data-testid={`add-${resource}`}
    />
  );
};

const Chips = ({ source, prefix }: { source: string; prefix: string }) => {
  const translate = useTranslate();
  return (
    <FunctionField
      source={source}
      render={(r: RaRecord) => (
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {((r[source] as string[] | undefined) ?? []).map((v) => (
            <Chip key={v} size="small" label={translate(`${prefix}.${v}`, { _: v })} />
          ))}
        </Stack>
      )}
    />
  );
};

const Certificates = () => (
  <FunctionField
    source="certificates"
    sortable={false}
    render={(r: RaRecord) =>
      ((r.certificates as { id: string; name: string; number: string | null; expiresOn: string | null }[] | undefined) ?? [])
        .map((c) => `${c.name}${c.number ? ` ${c.number}` : ''}${c.expiresOn ? `（${c.expiresOn}）` : ''}`)
        .join('；') || '—'
    }
  />
);

/** The roster (Xinjiang art. 6(2), 7(3)): one row per person, certificates with expiry; the pool's actions for assessors and experts. */
export const StaffTab = () => (
  <>
    <AddButton resource="Staff" label="app.institutions.add_staff" />
    <ReferenceManyField reference="Staff" target="institutionId" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
      <Datagrid bulkActionButtons={false} rowClick={false} empty={<span />}>
        <TextField source="name" />
        <TranslatedTextField source="role" prefix="enums.StaffRole" />
        <SelectField source="title" choices={staffTitleChoices} />
        <NumberField source="yearsInField" emptyText="—" />
        <BooleanField source="fullTime" />
        <Certificates />
        <TextField source="nationalCode" emptyText="—" />
        <BooleanField source="trained" sortable={false} />
        <TranslatedTextField source="removedFor" prefix="enums.AssessorRemovalGround" sortable={false} />
        <PoolActions />
        <FunctionField render={(r: RaRecord) => (r.removedFor ? null : <EditButton />)} />
      </Datagrid>
    </ReferenceManyField>
  </>
);

/** Premises and zones (Xinjiang art. 6(3), 7(4); annex 2 item 1). */
export const PremisesTab = () => (
  <Stack spacing={1}>
    <TextField source="floorArea" emptyText="—" />
    <TranslatedTextField source="tenure" prefix="enums.Tenure" />
    <LocaleDateField source="leaseEndsOn" showTime={false} emptyText="—" />
    <Chips source="zones" prefix="enums.FunctionalZone" />
    <BooleanField source="homeVisitKit" />
  </Stack>
);

/** The seven management systems, those posted publicly, and the information system (Xinjiang art. 6(4)–(5), 18; annex 2 items 3–5). */
export const SystemsTab = () => (
  <Stack spacing={1}>
    <Chips source="managementSystems" prefix="enums.ManagementSystem" />
    <Chips source="systemsPosted" prefix="enums.ManagementSystem" />
    <TextField source="infoSystemName" emptyText="—" />
    <BooleanField source="platformConnected" />
    <BooleanField source="securityPolicy" />
    <TextField source="securityOfficer" emptyText="—" />
    <BooleanField source="electronicArchives" />
  </Stack>
);

/** Legal representative, principal, actual controller, shareholders — ID numbers masked; a reveal asks a reason and is audited. */
export const RelatedPersonsTab = () => (
  <>
    <AddButton resource="RelatedPerson" label="app.institutions.add_person" />
    <ReferenceManyField reference="RelatedPerson" target="institutionId" sort={{ field: 'role', order: 'ASC' }} perPage={100}>
      <Datagrid bulkActionButtons={false} rowClick={false} empty={<span />}>
        <TranslatedTextField source="role" prefix="enums.RelatedPersonRole" />
        <TextField source="name" />
        <TextField source="idNumberMasked" sortable={false} />
        <RevealButton />
        <EditButton />
      </Datagrid>
    </ReferenceManyField>
  </>
);
