import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useCanAccess, useNotify, useParams, useTranslate } from 'react-admin';
import { translateError } from '../dataProvider/errors';
import { getContract, openAssessment, transitionContract, transitionRectification } from './api';
import { SmallTable } from './tables';
import { WorkflowButtons } from './WorkflowButtons';

const KIND_WEIGHT = { headOffice: 'headOffice', districtSubCentre: 'districtSubCentres', cityCentre: 'cityCentre' } as const;

/** One TPA contract: units and weights, schedule, plan, commitments, year by year, rectification cases, and its actions. */
export const TpaContractShow = () => {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const { data: c, refetch } = useQuery({ queryKey: ['TpaContract', id, 'full'], queryFn: () => getContract(id) });
  const { canAccess: canOpen } = useCanAccess({ resource: 'TpaAssessment', action: 'create' });
  const [year, setYear] = useState(String(new Date().getFullYear()));
  if (!c) return null;
  const t = (k: string) => translate(`app.tpa.${k}`);
  const f = (k: string) => translate(`resources.TpaContract.fields.${k}`);
  const open = async () => {
    try {
      const { openTpaAssessment } = await openAssessment(c.id, Number(year));
      window.location.hash = `#/TpaAssessment/${openTpaAssessment.id}/show`;
    } catch (e) {
      notify(translateError(e, translate), { type: 'error' });
    }
  };
  return (
    <Card sx={{ mt: 2 }} data-testid="tpa-contract">
      <CardContent>
        <Typography variant="h5">
          {c.number} · {c.tpaInstitution?.name}
        </Typography>
        <Typography color="text.secondary">
          {c.startDate} — {c.endDate} · {f('annualFee')} {c.annualFee} · {translate(`workflow.tpaContract.states.${c.state}`)}
        </Typography>
        {c.replacesContractId ? (
          <Typography data-testid="replaces">
            {f('replacesContractId')}：<Link to={`/TpaContract/${c.replacesContractId}/show`}>{c.replacesContractId.slice(0, 8)}</Link>
          </Typography>
        ) : null}
        <Box sx={{ my: 1 }}>
          <WorkflowButtons
            workflow="tpaContract"
            actions={c.allowedActions}
            run={(a, r) => transitionContract(c.id, a, c.version, r)}
            onDone={refetch}
          />
        </Box>
        <SmallTable
          title={t('units')}
          head={[f('units'), '', t('weight')]}
          rows={c.units.map((u) => [u.name, translate(`enums.TpaUnitKind.${u.kind}`), c.weights[KIND_WEIGHT[u.kind]]])}
        />
        <SmallTable title={t('schedule')} head={['≥', '%']} rows={c.schedule.map((b) => [b.minScore, b.payRate])} />
        <SmallTable title={t('plan')} head={[t('area'), t('max')]} rows={c.plan.map((a) => [a.label, a.max])} />
        <SmallTable
          title={t('commitments')}
          head={['', t('promised'), t('measurement'), t('points')]}
          rows={c.commitments.map((k) => [
            `${translate(`enums.TpaCommitmentCategory.${k.category}`)}：${k.description}`,
            `${k.targetKind === 'number' ? (k.direction === 'atLeast' ? '≥' : '≤') : ''}${k.target}${k.unit ?? ''}`,
            k.measurement,
            k.points,
          ])}
          testId="contract-commitments"
        />
        <SmallTable
          title={t('years')}
          head={[t('year'), '', t('total'), '±', t('fee_due')]}
          rows={c.assessments.map((a, i) => [
            <Link key={a.id} to={`/TpaAssessment/${a.id}/show`} data-testid={`year-${a.year}`}>
              {a.year}
            </Link>,
            translate(`workflow.tpaAssessment.states.${a.state}`),
            a.total ?? '—',
            // year on year: the change of the total against the year before (both approved or scored)
            a.total && c.assessments[i - 1]?.total ? (Number(a.total) - Number(c.assessments[i - 1].total)).toFixed(2) : '—',
            a.feeDue ?? '—',
          ])}
          testId="contract-years"
        />
        {canOpen && c.state === 'active' ? (
          <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
            <TextField size="small" label={t('year')} value={year} onChange={(e) => setYear(e.target.value)} />
            <Button variant="outlined" onClick={open} data-testid="open-year">
              {t('open_year')}
            </Button>
          </Stack>
        ) : null}
        <SmallTable
          title={t('rectifications')}
          head={[t('total'), t('due_date'), '', '']}
          rows={c.rectifications.map((r) => [
            r.score,
            r.dueDate,
            translate(`workflow.tpaRectification.states.${r.state}`),
            <WorkflowButtons
              key={r.id}
              workflow="tpaRectification"
              actions={r.allowedActions}
              run={(a, reason) => transitionRectification(r.id, a, r.version, reason)}
              onDone={refetch}
            />,
          ])}
        />
        {c.history.length ? (
          <Alert severity="info" sx={{ mt: 2 }}>
            {c.history
              .map((h) => `${translate(`workflow.tpaContract.actions.${h.action}`)}（${h.actorName}）${h.reason ? `：${h.reason}` : ''}`)
              .join(' → ')}
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
};
