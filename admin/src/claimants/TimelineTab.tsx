import { Chip, Button as MuiButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { requestGraphQL } from '../dataProvider/request';
import type { ClaimantRecord } from './choices';

interface Entry {
  kind: string;
  recordId: string;
  resource: string;
  on: string;
  state: string;
  title: string;
  institution: { id: string; name: string } | null;
}

const QUERY = `query ($c: ID!, $page: Int, $perPage: Int) {
  claimantTimeline(claimantId: $c, page: $page, perPage: $perPage) { kind recordId resource on state title institution { id name } }
  _claimantTimelineMeta(claimantId: $c) { count } }`;
const PER_PAGE = 25;

/** Where an entry links: its record's page; a benefit month opens that month's quote on this page. */
function linkOf(e: Entry, claimantId: string): string {
  if (e.kind === 'benefitMonth') return `/Claimant/${claimantId}/show/quote?month=${e.title}`;
  // benefits paid: the paid settlement run (record id: run/institution)
  if (e.kind === 'benefitPaid') return `/SettlementRun/${e.recordId.split('/')[0]}/show`;
  if (e.resource === 'ClaimantContribution') return `/Claimant/${claimantId}/show/contributions`;
  if (e.resource === 'HospitalStay') return `/Claimant/${claimantId}/show/stays`;
  if (e.resource === 'Claimant') return `/Claimant/${claimantId}/show`;
  return `/${e.resource}/${e.recordId}/show`;
}

/** One file per person (一人一档, Qinhuangdao art. 64): every record of the claimant, newest first, each linking to its record. */
export const TimelineTab = () => {
  const record = useRecordContext<ClaimantRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const [page, setPage] = useState(0);
  const [data, setData] = useState<{ rows: Entry[]; count: number } | null>(null);
  useEffect(() => {
    if (!record) return;
    requestGraphQL<{ claimantTimeline: Entry[]; _claimantTimelineMeta: { count: number } }>(QUERY, {
      c: record.id,
      page,
      perPage: PER_PAGE,
    })
      .then((d) => setData({ rows: d.claimantTimeline, count: d._claimantTimelineMeta.count }))
      .catch((e: Error) => notify(e.message, { type: 'error' }));
  }, [record, page, notify]);
  if (!record || !data) return null;
  const state = (e: Entry) =>
    translate(`app.timeline.states.${e.state}`, {
      _: translate(`workflow.${WORKFLOW_OF[e.kind] ?? ''}.states.${e.state}`, { _: e.state }),
    });
  return (
    <Stack spacing={1} data-testid="claimant-timeline">
      <Typography variant="body2">{translate('app.timeline.intro', { count: data.count })}</Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.timeline.on')}</TableCell>
            <TableCell>{translate('app.timeline.kind')}</TableCell>
            <TableCell>{translate('app.timeline.what')}</TableCell>
            <TableCell>{translate('app.timeline.state')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.rows.map((e) => (
            <TableRow key={`${e.kind}-${e.recordId}`} data-testid={`timeline-${e.kind}`}>
              <TableCell>{e.on}</TableCell>
              <TableCell>
                <Chip size="small" label={translate(`app.timeline.kinds.${e.kind}`, { _: e.kind })} />
              </TableCell>
              <TableCell>
                <Link to={linkOf(e, record.id)}>
                  {translate(`app.timeline.titles.${e.kind}`, { _: titleOf(e, translate), title: e.title })}
                </Link>
                {e.institution ? ` · ${e.institution.name}` : ''}
              </TableCell>
              <TableCell>{state(e)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={1}>
        <MuiButton size="small" disabled={page === 0} onClick={() => setPage(page - 1)}>
          {translate('ra.navigation.previous')}
        </MuiButton>
        <MuiButton size="small" disabled={(page + 1) * PER_PAGE >= data.count} onClick={() => setPage(page + 1)}>
          {translate('ra.navigation.next')}
        </MuiButton>
      </Stack>
    </Stack>
  );
};

const WORKFLOW_OF: Record<string, string> = {
  application: 'assessmentApplication',
  carePlan: 'carePlan',
  benefitMonth: 'carePlan',
  sanction: 'claimantSanction',
  complaint: 'complaint',
};

function titleOf(e: Entry, translate: (key: string, options?: Record<string, unknown>) => string): string {
  if (e.kind === 'carePlan') return translate(`enums.CareMode.${e.title}`, { _: e.title });
  if (e.kind === 'sanction') return translate(`enums.SanctionKind.${e.title}`, { _: e.title });
  if (e.kind === 'application') return translate(`enums.AssessmentKind.${e.title}`, { _: e.title });
  return e.title;
}
