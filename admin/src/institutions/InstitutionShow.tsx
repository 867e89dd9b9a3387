import {
  ArrayField,
  BooleanField,
  Datagrid,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  useTranslate,
} from 'react-admin';
import { AttachmentsPanel } from '../attachments';
import { LocaleDateField } from '../common/LocaleDateField';
import { TranslatedTextField } from '../common/TranslatedTextField';
import { careSubtypeChoices, kindChoices } from '../domain';
import { stateChoices } from './activity';
import { InstitutionActivity } from './InstitutionActivity';
import { InstitutionStatusField } from './InstitutionStatusField';

const StaffEmpty = () => {
  const translate = useTranslate();
  return <span>{translate('app.institutions.staff_empty')}</span>;
};

export const InstitutionShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.institutions.general">
        <TextField source="name" />
        <SelectField source="kind" choices={kindChoices} />
        <SelectField source="careSubtype" choices={careSubtypeChoices} emptyText="—" />
        <TextField source="creditCode" />
        <TextField source="legalRepresentative" />
        <TextField source="address" />
        <ReferenceField source="regionId" reference="Region" link={false} />
        <ReferenceField source="countyId" reference="County" link={false} emptyText="app.institutions.city_level" />
        <InstitutionStatusField source="status" label="resources.Institution.fields.status" />
        <SelectField source="state" choices={stateChoices} />
        <NumberField source="staffCount" />
        <LocaleDateField source="createdAt" />
        <LocaleDateField source="updatedAt" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.institutions.activity" path="activity">
        <InstitutionActivity label={false as unknown as string} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.institutions.staff" path="staff">
        <ArrayField source="staff" label={false}>
          <Datagrid bulkActionButtons={false} empty={<StaffEmpty />} rowClick={false}>
            <TextField source="name" label="resources.Staff.fields.name" />
            <TranslatedTextField source="role" prefix="enums.StaffRole" label="resources.Staff.fields.role" />
            <TranslatedTextField source="title" prefix="enums.StaffTitle" label="resources.Staff.fields.title" />
            <BooleanField source="fullTime" label="resources.Staff.fields.fullTime" />
            <TextField source="certificateNo" label="resources.Staff.fields.certificateNo" emptyText="—" />
          </Datagrid>
        </ArrayField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.institutions.attachments" path="attachments">
        <AttachmentsPanel ownerType="Institution" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
