import { Alert, Box, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { requestGraphQL } from '../dataProvider/request';

export interface JobView {
  id: string;
  title: string;
  state: 'queued' | 'running' | 'succeeded' | 'failed';
  phase: string;
  done: number;
  total: number;
  errors: { row: number | null; column: string | null; code: string; message: string }[];
  result: Record<string, unknown> | null;
}

const JOB = 'query ($id: ID!) { Job(id: $id) { id title state phase done total result errors { row column code message } } }';

/** A job's progress, read again every second until it ends: the bar survives a page reload because the job lives on the server. */
export const JobProgress = ({ jobId }: { jobId: string }) => {
  const translate = useTranslate();
  const [job, setJob] = useState<JobView | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      const next = await requestGraphQL<{ Job: JobView }>(JOB, { id: jobId }).then(
        (d) => d.Job,
        () => null,
      );
      if (stopped) return;
      if (next) setJob(next);
      if (!next || !['succeeded', 'failed'].includes(next.state)) timer = setTimeout(poll, 1000);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);
  if (!job) return <LinearProgress />;
  const percent = job.total ? Math.round((100 * job.done) / job.total) : 0;
  return (
    <Box data-testid="job-progress" sx={{ my: 1 }}>
      <Typography variant="body2">
        {job.title} · {translate(`app.jobs.state.${job.state}`)} · {translate(`app.jobs.phase.${job.phase}`, { _: job.phase })}{' '}
        {job.total ? `${job.done} / ${job.total}` : ''}
      </Typography>
      {job.state === 'running' || job.state === 'queued' ? (
        <LinearProgress variant={job.total ? 'determinate' : 'indeterminate'} value={percent} />
      ) : null}
      {job.state === 'succeeded' ? <Alert severity="success">{translate('app.jobs.succeeded', { smart_count: job.done })}</Alert> : null}
      {job.errors.length ? (
        <Table size="small" aria-label={translate('app.jobs.errors')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.jobs.row')}</TableCell>
              <TableCell>{translate('app.jobs.column')}</TableCell>
              <TableCell>{translate('app.jobs.message')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {job.errors.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: errors have no id and never reorder
              <TableRow key={i}>
                <TableCell>{e.row ?? '—'}</TableCell>
                <TableCell>{e.column ?? '—'}</TableCell>
                <TableCell>{e.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </Box>
  );
};
