import { Box, Button as MuiButton, TextField as MuiTextField, Stack } from '@mui/material';
import { useState } from 'react';
import {
  DataTable,
  List,
  NumberField,
  ReferenceField,
  SelectField,
  SelectInput,
  TopToolbar,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { getStoredUser } from '../auth/session';
import { ServerExportButton } from '../common/ServerExportButton';
import { requestGraphQL } from '../dataProvider/request';
import { settlementKindChoices, settlementStateChoices } from './choices';

const START =
  'mutation ($r: ID!, $c: ID, $m: String!, $k: SettlementKind) { startSettlementRun(regionId: $r, countyId: $c, month: $m, kind: $k) { id } }';

/** Last month in China: the month a settlement usually runs for (Qinhuangdao art. 55: 每月初报送上月). */
function lastMonth(): string {
  const china = new Date(Date.now() + 8 * 3600_000);
  const d = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}

/** The officer's start: region, county (their own when county-bound) and month; refusals come back with their code. */
const StartRun = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const user = getStoredUser();
  const [month, setMonth] = useState(lastMonth());
  const [county, setCounty] = useState('');
  const [kind, setKind] = useState('care');
  if (!user?.roles.includes('agency_officer')) return null;
  const start = async () => {
    try {
      const data = await requestGraphQL<{ startSettlementRun: { id: string } }>(START, {
        r: user.regions[0]?.id,
        c: county || null,
        m: month,
        k: kind,
      });
      notify('app.settlement.started', { type: 'info' });
      redirect('show', 'SettlementRun', data.startSettlementRun.id);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="settlement-start">
      <MuiTextField
        size="small"
        label={translate('app.settlement.month')}
        value={month}
        onChange={(e) => setMonth(e.target.value)}
        name="month"
      />
      <MuiTextField
        size="small"
        label={translate('app.settlement.county')}
        value={county}
        onChange={(e) => setCounty(e.target.value)}
        name="county"
      />
      <MuiTextField
        select
        size="small"
        label={translate('app.settlement.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value)}
        name="kind"
        slotProps={{ select: { native: true } }}
      >
        {settlementKindChoices.map((c) => (
          <option key={c.id} value={c.id}>
            {translate(c.name)}
          </option>
        ))}
      </MuiTextField>
      <MuiButton variant="contained" onClick={start}>
        {translate('app.settlement.start')}
      </MuiButton>
    </Stack>
  );
};

const filters = [<SelectInput key="state" source="state" choices={settlementStateChoices} alwaysOn />];

export const SettlementRunList = () => (
  <List
    exporter={false}
    filters={filters}
    actions={
      <TopToolbar>
        <Box sx={{ flex: 1 }} />
        <StartRun />
        <ServerExportButton name="SettlementRunList" />
      </TopToolbar>
    }
    sort={{ field: 'month', order: 'DESC' }}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="month" />
      <DataTable.Col source="countyId" disableSort>
        {/* the county's name, the page's counties read in one request (react-admin batches the references into getMany) */}
        <ReferenceField source="countyId" reference="County" link={false} emptyText="app.settlement.cityLevel" />
      </DataTable.Col>
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={settlementKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="state">
        <SelectField source="state" choices={settlementStateChoices} />
      </DataTable.Col>
      <DataTable.Col source="sheets" disableSort>
        <NumberField source="sheets" />
      </DataTable.Col>
      <DataTable.Col source="fundTotal" disableSort />
      <DataTable.Col source="claimantTotal" disableSort />
    </DataTable>
  </List>
);
