import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useTranslate } from 'react-admin';
import { ExplainedFigure, type TraceStepLike } from '../common/TraceDrawer';
import { requestGraphQL } from '../dataProvider/request';

export interface QualityRow {
  unitId: string;
  name: string;
  conclusions: number;
  distance: string;
  reviewed: number;
  changed: number;
  changedShare: string | null;
  meanDays: string | null;
  letters: number;
  lateLetters: number;
  lateLetterShare: string | null;
  outlier: boolean;
  reasons: string[];
  trace: TraceStepLike[];
}

export const QUALITY_FIELDS =
  'unitId name conclusions distance reviewed changed changedShare meanDays letters lateLetters lateLetterShare outlier reasons trace { rule citation inputs output note }';
const QUERY = `query ($r: ID!, $i: ID) { assessmentQuality(regionId: $r, institutionId: $i) { ${QUALITY_FIELDS} }
  assessors: assessmentQuality(regionId: $r, institutionId: $i, byAssessor: true) { ${QUALITY_FIELDS} } }`;

/** Assessment quality per assessment institution (Xinjiang art. 26; Qinhuangdao art. 23–25): every figure opens its trace. */
export const AssessmentQualityTable = ({
  rows,
  testId = 'assessment-quality',
  link = true,
}: {
  rows: readonly QualityRow[];
  testId?: string;
  /** Rows are institutions (linked to their page) or assessors. */
  link?: boolean;
}) => {
  const translate = useTranslate();
  const figure = (row: QualityRow, value: string | null, title: string) =>
    value === null ? (
      <Chip size="small" label={translate('app.supervision.no_data')} />
    ) : (
      <ExplainedFigure value={value} title={`${row.name} · ${translate(title)}`} trace={row.trace} />
    );
  if (!rows.length) return <Typography color="text.secondary">{translate('app.supervision.none')}</Typography>;
  return (
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.Rectification.fields.institutionId')}</TableCell>
          <TableCell>{translate('app.supervision.quality_conclusions')}</TableCell>
          <TableCell>{translate('app.supervision.quality_distance')}</TableCell>
          <TableCell>{translate('app.supervision.quality_changed')}</TableCell>
          <TableCell>{translate('app.supervision.quality_days')}</TableCell>
          <TableCell>{translate('app.supervision.quality_late_letters')}</TableCell>
          <TableCell>{translate('app.supervision.quality_reasons')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.unitId} data-testid={`quality-${r.unitId}`}>
            <TableCell>{link ? <Link to={`/Institution/${r.unitId}/show/quality`}>{r.name}</Link> : r.name}</TableCell>
            <TableCell>{r.conclusions}</TableCell>
            <TableCell>{figure(r, r.conclusions ? r.distance : null, 'app.supervision.quality_distance')}</TableCell>
            <TableCell>
              {figure(r, r.changedShare, 'app.supervision.quality_changed')}
              {r.reviewed ? ` (${r.changed}/${r.reviewed})` : ''}
            </TableCell>
            <TableCell>{figure(r, r.meanDays, 'app.supervision.quality_days')}</TableCell>
            <TableCell>
              {figure(r, r.lateLetterShare, 'app.supervision.quality_late_letters')}
              {r.letters ? ` (${r.lateLetters}/${r.letters})` : ''}
            </TableCell>
            <TableCell>
              <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                {r.reasons.map((code) => (
                  <Chip key={code} size="small" color="warning" label={translate(`app.errors.reason.${code}`, { _: code })} />
                ))}
              </Stack>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The quality tab of an assessment institution's page: the institution, then its assessors (Xinjiang art. 26). */
export const InstitutionQualityTab = ({ regionId, institutionId }: { regionId: string; institutionId: string }) => {
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['assessmentQuality', regionId, institutionId],
    queryFn: () => requestGraphQL<{ assessmentQuality: QualityRow[]; assessors: QualityRow[] }>(QUERY, { r: regionId, i: institutionId }),
  });
  return (
    <Stack spacing={2}>
      <AssessmentQualityTable rows={data?.assessmentQuality ?? []} testId="institution-quality" />
      <Typography variant="subtitle1">{translate('app.supervision.quality_assessors')}</Typography>
      <AssessmentQualityTable rows={data?.assessors ?? []} testId="assessor-quality" link={false} />
    </Stack>
  );
};
