import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Title, usePermissions, useTranslate } from 'react-admin';
import { getStoredUser } from '../auth/session';
import { ExplainedFigure } from '../common/TraceDrawer';
import { requestGraphQL } from '../dataProvider/request';
import { AssessmentQualityTable, QUALITY_FIELDS, type QualityRow } from './AssessmentQualityTable';
import { PublishPanel } from './PublishPanel';

interface Component {
  id: string;
  labelZh: string;
  labelEn: string;
  status: string;
  value: string | null;
  points: string | null;
  citation: string;
  reason: string;
  inputs: Record<string, unknown> | null;
}
interface Dashboard {
  openRectifications: number;
  overdueRectifications: number;
  recoveriesThisYear: number;
  recoveredThisYear: string;
  dataGaps: string[];
  qualityOutliers: QualityRow[];
  riskRanking: {
    institutionId: string;
    institution: { name: string };
    rank: number;
    score: string;
    maxScore: string;
    components: Component[];
  }[];
}

const QUERY = `query ($r: ID!) { supervisionDashboard(regionId: $r) { openRectifications overdueRectifications recoveriesThisYear recoveredThisYear dataGaps
  qualityOutliers { ${QUALITY_FIELDS} }
  riskRanking { institutionId institution { name } rank score maxScore components { id labelZh labelEn status value points citation reason inputs } } } }`;

const Figure = ({ label, value, testId }: { label: string; value: string | number; testId: string }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ minWidth: 180 }}>
      <CardContent>
        <Typography variant="caption">{translate(label)}</Typography>
        <Typography variant="h5" data-testid={testId}>
          {value}
        </Typography>
      </CardContent>
    </Card>
  );
};

/** The supervision dashboard (Qinhuangdao art. 67–68, 74; Xinjiang art. 26): open rectifications, recoveries, the risk ranking, quality outliers. */
export const SupervisionPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const regions = getStoredUser()?.regions ?? [];
  const [region, setRegion] = useState(regions[0]?.id ?? '');
  const { data } = useQuery({
    queryKey: ['supervisionDashboard', region],
    queryFn: () => requestGraphQL<{ supervisionDashboard: Dashboard }>(QUERY, { r: region }),
    enabled: !!region,
  });
  const d = data?.supervisionDashboard;
  const en = translate('ra.action.save') === 'Save';
  return (
    <Box sx={{ p: 2 }} data-testid="supervision-page">
      <Title title="app.menu.supervision" />
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
        <TextField select size="small" value={region} onChange={(e) => setRegion(e.target.value)}>
          {regions.map((r) => (
            <MenuItem key={r.id} value={r.id}>
              {r.name}
            </MenuItem>
          ))}
        </TextField>
        <Link to="/Rectification">{translate('app.menu.rectifications')}</Link>
        <a href="#/public" target="_blank" rel="noreferrer">
          {translate('app.supervision.public_page')}
        </a>
      </Stack>
      {d ? (
        <Stack spacing={2}>
          <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
            <Figure label="app.supervision.open_rectifications" value={d.openRectifications} testId="open-rectifications" />
            <Figure label="app.supervision.overdue_rectifications" value={d.overdueRectifications} testId="overdue-rectifications" />
            <Figure label="app.supervision.recoveries" value={d.recoveriesThisYear} testId="recoveries" />
            <Figure label="app.supervision.recovered" value={d.recoveredThisYear} testId="recovered" />
          </Stack>
          <Typography variant="h6">{translate('app.supervision.risk_ranking')}</Typography>
          <Table size="small" data-testid="risk-ranking">
            <TableHead>
              <TableRow>
                <TableCell>#</TableCell>
                <TableCell>{translate('resources.Rectification.fields.institutionId')}</TableCell>
                <TableCell>{translate('app.supervision.risk_score')}</TableCell>
                {d.riskRanking[0]?.components.map((c) => (
                  <TableCell key={c.id}>{en ? c.labelEn : c.labelZh}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {d.riskRanking.map((r) => (
                <TableRow key={r.institutionId}>
                  <TableCell>{r.rank}</TableCell>
                  <TableCell>
                    <Link to={`/Institution/${r.institutionId}/show`}>{r.institution.name}</Link>
                  </TableCell>
                  <TableCell>
                    {r.score} / {r.maxScore}
                  </TableCell>
                  {r.components.map((c) => (
                    <TableCell key={c.id}>
                      {c.status === 'noData' ? (
                        <Chip size="small" label={translate('app.supervision.no_data')} />
                      ) : (
                        <ExplainedFigure
                          value={c.points}
                          title={en ? c.labelEn : c.labelZh}
                          trace={[
                            {
                              rule: `supervision.risk.${c.id}`,
                              citation: c.citation,
                              inputs: c.inputs ?? {},
                              output: c.points,
                              note: c.reason,
                            },
                          ]}
                        />
                      )}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Typography variant="h6">{translate('app.supervision.quality_outliers')}</Typography>
          <AssessmentQualityTable rows={d.qualityOutliers} testId="quality-outliers" />
          <Alert severity="info" data-testid="data-gaps">
            <Typography variant="subtitle2">{translate('app.supervision.data_gaps')}</Typography>
            {d.dataGaps.map((g) => (
              <div key={g}>{g}</div>
            ))}
          </Alert>
          {Array.isArray(permissions) && permissions.includes('admin') ? <PublishPanel regionId={region} /> : null}
        </Stack>
      ) : null}
    </Box>
  );
};
