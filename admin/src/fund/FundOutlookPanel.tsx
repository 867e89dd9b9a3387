import { type ActuarialInput, fundActuarial, fundProjection, type ProjectionAssumptions } from '@ltci/shared';
import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { ExplainedFigure } from '../common/TraceDrawer';
import { FundChart } from './FundChart';
import type { Dashboard } from './fundApi';
import { defaultActuarial, defaultAssumptions, fundParamsOf } from './outlook';

const Field = ({ label, value, onChange, testId }: { label: string; value: string; onChange: (v: string) => void; testId: string }) => (
  <TextField
    size="small"
    label={label}
    value={value}
    onChange={(e) => onChange(e.target.value)}
    sx={{ width: 190 }}
    slotProps={{ htmlInput: { 'data-testid': testId } }}
  />
);

/** The next 24 months under what-if assumptions and the 10-year actuarial view, both computed by `shared` with their traces. */
export const FundOutlookPanel = ({ d }: { d: Dashboard }) => {
  const translate = useTranslate();
  const params = useMemo(() => fundParamsOf(d), [d]);
  const [a, setA] = useState<ProjectionAssumptions>(() => defaultAssumptions(d));
  const [ten, setTen] = useState<ActuarialInput>(() => defaultActuarial(d, defaultAssumptions(d)));
  const recent = d.series
    .filter((p) => p.month < d.asOfMonth)
    .slice(-12)
    .map((p) => p.expenditure);
  const last = d.series.filter((p) => p.month < d.asOfMonth).at(-1) ?? d.series.at(-1);
  const projection = fundProjection(
    {
      asOfMonth: last?.month ?? d.asOfMonth,
      balance: last?.balance ?? d.balance,
      recentExpenditure: recent,
      horizonMonths: 24,
      assumptions: a,
    },
    params,
  );
  const actuarial = fundActuarial(ten, params);
  const set = (k: keyof ProjectionAssumptions) => (v: string) => setA({ ...a, [k]: v });
  const setGroup = (i: number, k: 'count' | 'averageMonthlyBenefit') => (v: string) =>
    setA({ ...a, beneficiaries: a.beneficiaries.map((g, j) => (j === i ? { ...g, [k]: k === 'count' ? Number(v) : v } : g)) });
  const setTenField =
    (k: 'insuredGrowthPerYear' | 'contributionGrowthPerYear' | 'benefitGrowthPerYear' | 'contributionPerInsured' | 'subsidyPerYear') =>
    (v: string) =>
      setTen({ ...ten, [k]: v });
  return (
    <Box data-testid="fund-outlook">
      <Typography variant="subtitle1">{translate('app.fund.projection')}</Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', my: 1 }}>
        <Field
          label={translate('app.fund.a_contributions')}
          value={a.monthlyContributions}
          onChange={set('monthlyContributions')}
          testId="a-contributions"
        />
        <Field
          label={translate('app.fund.a_rate_factor')}
          value={a.contributionRateFactor}
          onChange={set('contributionRateFactor')}
          testId="a-rate-factor"
        />
        <Field label={translate('app.fund.a_subsidy')} value={a.monthlySubsidy} onChange={set('monthlySubsidy')} testId="a-subsidy" />
        <Field
          label={translate('app.fund.a_growth')}
          value={a.beneficiaryGrowthPerYear}
          onChange={set('beneficiaryGrowthPerYear')}
          testId="a-growth"
        />
        <Field
          label={translate('app.fund.a_other')}
          value={a.otherMonthlyExpenditure}
          onChange={set('otherMonthlyExpenditure')}
          testId="a-other"
        />
        {a.beneficiaries.map((g, i) => (
          <Stack key={g.mode} direction="row" spacing={1}>
            <Field
              label={translate('app.fund.a_count', { mode: translate(`app.fund.mode_${g.mode}`) })}
              value={String(g.count)}
              onChange={setGroup(i, 'count')}
              testId={`a-count-${g.mode}`}
            />
            <Field
              label={translate('app.fund.a_benefit', { mode: translate(`app.fund.mode_${g.mode}`) })}
              value={g.averageMonthlyBenefit}
              onChange={setGroup(i, 'averageMonthlyBenefit')}
              testId={`a-benefit-${g.mode}`}
            />
          </Stack>
        ))}
      </Stack>
      {projection.ok ? (
        <>
          <Alert severity={projection.value.crossingMonth ? 'warning' : 'success'} data-testid="projection-crossing">
            <ExplainedFigure
              value={
                projection.value.crossingMonth
                  ? translate('app.fund.crossing', { month: projection.value.crossingMonth })
                  : translate(params.warnings.capacityMonthsThreshold === null ? 'app.fund.no_line_projection' : 'app.fund.no_crossing')
              }
              trace={projection.trace}
            />
            {projection.value.exhaustionMonth ? ` · ${translate('app.fund.exhaustion', { month: projection.value.exhaustionMonth })}` : ''}
          </Alert>
          <FundChart
            points={projection.value.months.map((m) => ({ ...m, averageMonthlyPayment: '', monthsOfCapacity: null }))}
            thresholdMonths={params.warnings.capacityMonthsThreshold}
            citation={params.warnings.capacityCitation}
            testId="projection-chart"
          />
        </>
      ) : (
        <Alert severity="error">{projection.issues.map((i) => `${i.path}: ${i.message}`).join('；')}</Alert>
      )}
      <Typography variant="subtitle1" sx={{ mt: 3 }}>
        {translate('app.fund.actuarial')}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', my: 1 }}>
        <Field
          label={translate('app.fund.t_insured_growth')}
          value={ten.insuredGrowthPerYear}
          onChange={setTenField('insuredGrowthPerYear')}
          testId="t-insured-growth"
        />
        <Field
          label={translate('app.fund.t_contribution')}
          value={ten.contributionPerInsured}
          onChange={setTenField('contributionPerInsured')}
          testId="t-contribution"
        />
        <Field
          label={translate('app.fund.t_contribution_growth')}
          value={ten.contributionGrowthPerYear}
          onChange={setTenField('contributionGrowthPerYear')}
          testId="t-contribution-growth"
        />
        <Field
          label={translate('app.fund.t_benefit_growth')}
          value={ten.benefitGrowthPerYear}
          onChange={setTenField('benefitGrowthPerYear')}
          testId="t-benefit-growth"
        />
        <Field
          label={translate('app.fund.t_subsidy')}
          value={ten.subsidyPerYear}
          onChange={setTenField('subsidyPerYear')}
          testId="t-subsidy"
        />
      </Stack>
      <Typography variant="caption" component="div" color="text.secondary">
        {translate('app.fund.t_assumptions', {
          bands: ten.bands.map((b) => `${b.band} ${b.insured}×${b.incidence}`).join('、'),
          modes: ten.careModes.map((m) => `${translate(`app.fund.mode_${m.mode}`)} ${m.share}×${m.annualBenefit}`).join('、'),
        })}
      </Typography>
      {actuarial.ok ? (
        <>
          <Alert
            severity={actuarial.value.exhaustionYear || actuarial.value.belowLineYear ? 'warning' : 'success'}
            sx={{ my: 1 }}
            data-testid="actuarial-result"
          >
            <ExplainedFigure
              value={[
                actuarial.value.belowLineYear
                  ? translate('app.fund.below_line_year', { year: actuarial.value.belowLineYear })
                  : translate('app.fund.no_below_line_year'),
                actuarial.value.exhaustionYear ? translate('app.fund.exhaustion_year', { year: actuarial.value.exhaustionYear }) : '',
              ]
                .filter(Boolean)
                .join(' · ')}
              trace={actuarial.trace}
            />
          </Alert>
          <Table size="small" data-testid="actuarial-table">
            <TableHead>
              <TableRow>
                {['year', 'insured', 'beneficiaries', 'income', 'expenditure', 'balance', 'line'].map((k) => (
                  <TableCell key={k} align={k === 'year' ? 'left' : 'right'}>
                    {translate(`app.fund.col_${k}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {actuarial.value.years.map((y) => (
                <TableRow key={y.year} sx={{ bgcolor: y.balance.startsWith('-') ? '#ffebee' : y.belowLine ? '#fff8e1' : undefined }}>
                  <TableCell>{y.year}</TableCell>
                  <TableCell align="right">{y.insured}</TableCell>
                  <TableCell align="right">{y.beneficiaries}</TableCell>
                  <TableCell align="right">{y.income}</TableCell>
                  <TableCell align="right">{y.expenditure}</TableCell>
                  <TableCell align="right">{y.balance}</TableCell>
                  <TableCell align="right">{y.warningLine ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : (
        <Alert severity="error">{actuarial.issues.map((i) => `${i.path}: ${i.message}`).join('；')}</Alert>
      )}
    </Box>
  );
};
