import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import {
  Button,
  CreateButton,
  DataTable,
  FilterButton,
  FunctionField,
  Link,
  List,
  NumberInput,
  ReferenceField,
  SelectField,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { getStoredUser } from '../auth/session';
import { ServerExportButton } from '../common/ServerExportButton';
import { ExplainedFigure } from '../common/TraceDrawer';
import { regionChoices } from '../institutions/input';
import { scorecardStateChoices } from './choices';
import type { ScorecardRecord } from './types';

const filters = () => [
  <NumberInput key="year" source="year" alwaysOn />,
  <SelectInput key="regionId" source="regionId" choices={regionChoices(getStoredUser()?.regions)} translateChoice={false} alwaysOn />,
  <SelectInput key="state" source="state" choices={scorecardStateChoices} />,
];

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <Button component={Link} to="/AnnualScorecard/ranking" label="app.scorecards.ranking" data-testid="open-ranking">
      <LeaderboardIcon />
    </Button>
    <CreateButton label="app.scorecards.open" />
    <ServerExportButton />
  </TopToolbar>
);

export const ScorecardList = () => (
  <List
    exporter={false}
    filters={filters()}
    filterDefaultValues={{ year: 2026 }}
    actions={<Actions />}
    sort={{ field: 'total', order: 'DESC' }}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="institutionId" disableSort>
        <ReferenceField source="institutionId" reference="Institution" link={false} />
      </DataTable.Col>
      <DataTable.Col source="year" />
      <DataTable.Col source="total">
        <FunctionField<ScorecardRecord> render={(r) => <ExplainedFigure value={r.total} trace={r.trace ?? []} />} />
      </DataTable.Col>
      <DataTable.Col source="state">
        <SelectField source="state" choices={scorecardStateChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
