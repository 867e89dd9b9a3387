import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useTranslate } from 'react-admin';
import { getStoredUser } from '../auth/session';
import { ServerDownloadButton } from '../common/ServerDownloadButton';
import { requestGraphQL } from '../dataProvider/request';

const QUERY = `query ($r: ID!, $round: String!) { designationRanking(regionId: $r, round: $round) {
  applicationId institutionName state total basicPassed rank } }`;

interface Row {
  applicationId: string;
  institutionName: string;
  state: string;
  total: string;
  basicPassed: boolean;
  rank: number | null;
}

/** A round's applicants by their annex 2 score (Xinjiang annex 2: 根据得分择优确定). */
export const DesignationRanking = ({ round, regionId }: { round: string; regionId?: string }) => {
  const translate = useTranslate();
  const region = regionId ?? getStoredUser()?.regions?.[0]?.id ?? '';
  const { data } = useQuery({
    queryKey: ['designationRanking', region, round],
    queryFn: () => requestGraphQL<{ designationRanking: Row[] }>(QUERY, { r: region, round }),
    enabled: !!region,
  });
  const rows = data?.designationRanking ?? [];
  return (
    <Card sx={{ m: 2 }} data-testid="designation-ranking">
      <CardContent>
        <Typography variant="h6">
          {translate('app.designations.ranking')}：{round}
        </Typography>
        <ServerDownloadButton
          name="DesignationRanking"
          filter={{ regionId: region, round }}
          disabled={rows.length === 0}
          testId="export-designation-ranking"
        />
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.designations.rank')}</TableCell>
              <TableCell>{translate('resources.DesignationApplication.fields.institutionId')}</TableCell>
              <TableCell align="right">{translate('resources.DesignationApplication.fields.reviewTotal')}</TableCell>
              <TableCell>{translate('app.designations.basic_passed')}</TableCell>
              <TableCell>{translate('resources.DesignationApplication.fields.state')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.applicationId}>
                <TableCell>{r.rank ?? translate('app.designations.not_ranked')}</TableCell>
                <TableCell>
                  <Link to={`/DesignationApplication/${r.applicationId}/show`}>{r.institutionName}</Link>
                </TableCell>
                <TableCell align="right">{r.total}</TableCell>
                <TableCell>{r.basicPassed ? translate('app.designations.pass') : translate('app.designations.fail')}</TableCell>
                <TableCell>{translate(`workflow.designationApplication.states.${r.state}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};
