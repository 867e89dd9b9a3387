import { AutocompleteInput, Create, DateInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { complaintChannelChoices, complaintKindChoices } from './choices';

const toCreateInput = (d: Record<string, unknown>) => ({
  institutionId: d.institutionId,
  channel: d.channel,
  kind: d.kind,
  receivedOn: d.receivedOn,
  complainant: d.complainant,
  content: d.content,
  claimantId: d.claimantId || null,
});

/** Qinhuangdao art. 72: a complaint recorded against the institution it concerns, with its channel and content. */
export const ComplaintCreate = () => (
  <Create transform={toCreateInput} redirect="show">
    <SimpleForm>
      <ReferenceInput source="institutionId" reference="Institution">
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} />
      </ReferenceInput>
      <SelectInput source="channel" choices={complaintChannelChoices} validate={required()} />
      <SelectInput source="kind" choices={complaintKindChoices} validate={required()} />
      <DateInput source="receivedOn" validate={required()} />
      <TextInput source="complainant" validate={required()} />
      <TextInput source="content" multiline minRows={4} fullWidth validate={required()} />
      {/* a complaint that concerns a claimant goes into their file (Qinhuangdao art. 64) */}
      <ReferenceInput source="claimantId" reference="Claimant">
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
      </ReferenceInput>
    </SimpleForm>
  </Create>
);
