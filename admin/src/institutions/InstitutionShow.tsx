import { NumberField, ReferenceField, SelectField, Show, TabbedShowLayout, TextField, usePermissions, useRecordContext } from 'react-admin';
import { AttachmentsPanel } from '../attachments';
import { canAccess } from '../auth/permissions';
import { LocaleDateField } from '../common/LocaleDateField';
import { careSubtypeChoices, kindChoices } from '../domain';
import { InstitutionQualityTab } from '../supervision/AssessmentQualityTable';
import { stateChoices } from './activity';
import { CarersTab } from './CarersTab';
import { InstitutionActivity } from './InstitutionActivity';
import { PremisesTab, RelatedPersonsTab, StaffTab, SystemsTab } from './InstitutionRecordTabs';
import { InstitutionStatusField } from './InstitutionStatusField';
import { InstitutionWorkTab } from './InstitutionWorkTab';

/** The assessment quality of an assessment institution (Xinjiang art. 26), for those who supervise. */
const QualityTab = () => {
  const record = useRecordContext();
  if (!record) return null;
  return <InstitutionQualityTab regionId={record.regionId} institutionId={String(record.id)} />;
};

export const InstitutionShow = () => {
  const { permissions } = usePermissions();
  const canSeePersons = canAccess(Array.isArray(permissions) ? permissions : [], 'RelatedPerson', 'list');
  const canSupervise = canAccess(Array.isArray(permissions) ? permissions : [], 'Supervision', 'list');
  return (
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
          <StaffTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.institutions.carers_tab" path="carers">
          <CarersTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.institutions.premises" path="premises">
          <PremisesTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.institutions.systems" path="systems">
          <SystemsTab />
        </TabbedShowLayout.Tab>
        {canSeePersons ? (
          <TabbedShowLayout.Tab label="app.institutions.persons" path="persons">
            <RelatedPersonsTab />
          </TabbedShowLayout.Tab>
        ) : null}
        <TabbedShowLayout.Tab label="app.institutions.work" path="work">
          <InstitutionWorkTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.institutions.attachments" path="attachments">
          <AttachmentsPanel ownerType="Institution" />
        </TabbedShowLayout.Tab>
        {canSupervise ? (
          <TabbedShowLayout.Tab label="app.supervision.quality_tab" path="quality">
            <QualityTab />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
