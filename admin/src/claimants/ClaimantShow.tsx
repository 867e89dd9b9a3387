import { Stack } from '@mui/material';
import {
  EditButton,
  Labeled,
  ReferenceField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatementTab } from '../settlement/StatementTab';
import { ApplicationsTab } from './ApplicationsTab';
import { type ClaimantRecord, categoryChoices, hardshipChoices, parentCategoryChoices, sexChoices } from './choices';
import { EligibilityChip, EligibilityPanel } from './EligibilityPanel';
import { CarePlansTab, SanctionsTab } from './FileTabs';
import { MonthQuotePanel } from './MonthQuotePanel';
import { ContributionsTab, StaysTab } from './RecordsTabs';
import { RevealButton } from './RevealButton';
import { TimelineTab } from './TimelineTab';

const Actions = () => {
  const { canAccess } = useCanAccess({ resource: 'Claimant', action: 'edit' });
  return <TopToolbar>{canAccess ? <EditButton /> : null}</TopToolbar>;
};

const Masked = ({ source }: { source: 'idNumber' | 'phone' }) => (
  <Labeled source={source}>
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <TextField source={source} emptyText="—" data-testid={`masked-${source}`} />
      <RevealButton field={source} />
    </Stack>
  </Labeled>
);

const Status = (_props: { label?: string }) => {
  const record = useRecordContext<ClaimantRecord>();
  return record?.eligibility ? <EligibilityChip view={record.eligibility} /> : null;
};

export const ClaimantShow = () => (
  <Show actions={<Actions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.claimants.identity">
        <TextField source="name" />
        <Masked source="idNumber" />
        <TextField source="birthDate" />
        <SelectField source="sex" choices={sexChoices} />
        <Masked source="phone" />
        <TextField source="address" emptyText="—" />
        <TextField source="guardianName" emptyText="—" />
        <TextField source="guardianRelation" emptyText="—" />
        <ReferenceField source="regionId" reference="Region" link={false} />
        <ReferenceField source="countyId" reference="County" link={false} emptyText="—" />
        <ReferenceField source="residenceRegionId" reference="Region" link={false} emptyText="—" />
        <ReferenceField source="residenceCountyId" reference="County" link={false} emptyText="—" />
        <SelectField source="category" choices={categoryChoices} />
        <SelectField source="parentsCategory" choices={parentCategoryChoices} emptyText="—" />
        <SelectField source="hardshipGroup" choices={hardshipChoices} emptyText="—" />
        <TextField source="deathDate" emptyText="—" />
        <Status label="resources.Claimant.fields.eligibilityStatus" />
        <LocaleDateField source="createdAt" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.claimants.contributions" path="contributions">
        <ContributionsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.claimants.stays" path="stays">
        <StaysTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.claimants.eligibility" path="eligibility">
        <EligibilityPanel />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.claimants.applications" path="applications">
        <ApplicationsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.settlement.statement" path="statement">
        <StatementTab />
      </TabbedShowLayout.Tab>
      {/* one file per person (Qinhuangdao art. 64): the timeline, care plans, sanctions and a month's quote */}
      <TabbedShowLayout.Tab label="app.timeline.tab" path="timeline">
        <TimelineTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.carePlans.tab" path="care-plans">
        <CarePlansTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.sanctions.tab" path="sanctions">
        <SanctionsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.quote.tab" path="quote">
        <MonthQuotePanel />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
