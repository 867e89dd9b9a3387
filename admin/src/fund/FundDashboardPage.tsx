import { DOUBLE_ENTRY_CITATION } from '@ltci/shared';
import {
  Alert,
  Box,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Tabs,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { canAccess } from '../auth/permissions';
import { ExplainedFigure, type TraceStepLike } from '../common/TraceDrawer';
import { useCitation } from '../common/useCitation';
import type { Region } from '../domain';
import { FundChart } from './FundChart';
import { FundIncomeImportButton } from './FundIncomeImport';
import { FundIncomeStatementPanel } from './FundIncomeStatementPanel';
import { FundOutlookPanel } from './FundOutlookPanel';
import { FundReversalsPanel } from './FundReversalsPanel';
import { FundStatementsPanel } from './FundStatementsPanel';
import { FundTransferPanel } from './FundTransferPanel';
import { FundWarningsPanel } from './FundWarningsPanel';
import { type Dashboard, fundApi } from './fundApi';
import { StatementExportButton } from './StatementExportButton';

const Panel = ({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) => (
  <Card sx={{ flex: '1 1 280px', minWidth: 280 }} data-testid={testId}>
    <CardContent>
      <Typography variant="overline" color="text.secondary">
        {title}
      </Typography>
      <Box sx={{ mt: 0.5 }}>{children}</Box>
    </CardContent>
  </Card>
);

/** The steps of the dashboard's trace that explain one figure (the whole trace when none match). */
const stepsFor = (trace: TraceStepLike[], rules: string[]) => {
  const found = trace.filter((s) => rules.includes(s.rule));
  return found.length ? found : trace;
};

const balanceTrace = (name: string, balance: string): TraceStepLike[] => [
  { rule: 'ledger.balance', citation: DOUBLE_ENTRY_CITATION, inputs: { account: name }, output: balance },
];

const Figures = ({ d }: { d: Dashboard }) => {
  const translate = useTranslate();
  const cite = useCitation();
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
      <Panel title={translate('app.fund.balance')} testId="fund-balance">
        <Typography variant="h5">
          <ExplainedFigure
            value={d.balance}
            trace={stepsFor(d.trace, ['fund.series', 'fund.monthsOfCapacity'])}
            packVersion={d.packVersion}
          />
        </Typography>
        <Typography variant="caption">{translate('app.fund.as_of', { month: d.asOfMonth })}</Typography>
      </Panel>
      <Panel title={translate('app.fund.months_of_capacity')} testId="fund-capacity">
        <Typography variant="h5" color={d.series.at(-1)?.belowLine ? 'error' : undefined}>
          <ExplainedFigure
            value={d.monthsOfCapacity ? translate('app.fund.months', { n: d.monthsOfCapacity }) : '—'}
            trace={stepsFor(d.trace, ['fund.averageMonthlyPayment', 'fund.monthsOfCapacity'])}
            packVersion={d.packVersion}
          />
        </Typography>
        <Typography variant="caption">
          {translate('app.fund.average_payment')}{' '}
          <ExplainedFigure value={d.averageMonthlyPayment} trace={stepsFor(d.trace, ['fund.averageMonthlyPayment'])} />
        </Typography>
      </Panel>
      <Panel title={translate('app.fund.warning_line')} testId="fund-warning-line">
        {d.warningLine ? (
          <>
            <Typography variant="h5">
              <ExplainedFigure value={d.warningLine} trace={stepsFor(d.trace, ['fund.warningLine'])} packVersion={d.packVersion} />
            </Typography>
            <Typography variant="caption">
              {translate('app.fund.warning_line_label', { n: d.thresholdMonths ?? '', citation: cite(d.citation) })}
            </Typography>
          </>
        ) : (
          <Alert severity="info">
            {translate('app.fund.no_line', { reason: `${d.missingParameters.join('；')}（${cite(d.citation)}）` })}
          </Alert>
        )}
      </Panel>
      <Panel title={translate('app.fund.ytd_title')} testId="fund-ytd">
        <ExplainedFigure
          value={translate('app.fund.ytd', { income: d.yearToDateIncome, expenditure: d.yearToDateExpenditure })}
          trace={stepsFor(d.trace, ['fund.yearToDate', 'fund.incomeVsExpenditure'])}
          packVersion={d.packVersion}
        />
      </Panel>
    </Stack>
  );
};

const Accounts = ({ d }: { d: Dashboard }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
      <Panel title={translate('app.fund.accounts')} testId="fund-accounts">
        <Table size="small">
          <TableBody>
            {d.accounts.map((a) => (
              <TableRow key={a.id} data-testid="fund-account" data-kind={a.kind}>
                <TableCell>{a.name}</TableCell>
                <TableCell align="right">
                  <ExplainedFigure value={a.balance} trace={balanceTrace(a.name, a.balance)} />
                </TableCell>
                <TableCell padding="none">
                  <StatementExportButton regionId={d.regionId} accountId={a.id} month={d.postedMonth} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Panel>
      <Panel title={translate('app.fund.this_month', { month: d.postedMonth })} testId="fund-this-month">
        {d.thisMonth.length ? (
          <Table size="small">
            <TableBody>
              {d.thisMonth.map((k) => (
                <TableRow key={k.kind}>
                  <TableCell>{translate(`enums.FundPostingKind.${k.kind}`, { _: k.kind })}</TableCell>
                  <TableCell align="right" sx={{ color: k.postingClass === 'expenditure' ? 'warning.main' : 'success.main' }}>
                    {k.postingClass === 'expenditure' ? '−' : '+'}
                    {k.amount}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography color="text.secondary">{translate('app.fund.nothing_this_month')}</Typography>
        )}
      </Panel>
    </Stack>
  );
};

/** The fund's month of work beside the figures: transfers between the three levels, postings and their reversals, the statements. */
const Operations = ({ d }: { d: Dashboard }) => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const mayPost = canAccess(Array.isArray(permissions) ? permissions : [], 'FundPosting', 'post');
  const tabs = [...(mayPost ? (['transfers'] as const) : []), 'reversals', 'report'] as const;
  const [tab, setTab] = useState(0);
  const current = tabs[Math.min(tab, tabs.length - 1)];
  const own = d.accounts.filter((a) => ['special', 'cityExpenditure', 'countyExpenditure'].includes(a.kind));
  return (
    <Card sx={{ mt: 2 }} data-testid="fund-operations">
      <CardContent>
        <Tabs value={Math.min(tab, tabs.length - 1)} onChange={(_e, v) => setTab(v)} sx={{ mb: 2 }}>
          {tabs.map((t) => (
            <Tab key={t} label={translate(`app.fund.ops.tab_${t}`)} data-testid={`fund-tab-${t}`} />
          ))}
        </Tabs>
        {current === 'transfers' ? <FundTransferPanel regionId={d.regionId} accounts={own} /> : null}
        {current === 'reversals' ? <FundReversalsPanel regionId={d.regionId} accounts={d.accounts} /> : null}
        {current === 'report' ? <FundIncomeStatementPanel regionId={d.regionId} postedMonth={d.postedMonth} /> : null}
      </CardContent>
    </Card>
  );
};

/** One region's fund: figures, the chart with its warning line, accounts, warnings and reconciliation. */
const RegionFund = ({ regionId }: { regionId: string }) => {
  const translate = useTranslate();
  const { data, error, isPending } = useQuery({ queryKey: ['fund', 'dashboard', regionId], queryFn: () => fundApi.dashboard(regionId) });
  if (isPending) return <LinearProgress />;
  if (error || !data) return <Alert severity="error">{(error as Error)?.message}</Alert>;
  return (
    <Box data-testid="fund-dashboard" data-region={regionId}>
      <Figures d={data} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
            <Typography variant="overline" color="text.secondary">
              {translate('app.fund.chart', { n: data.series.length })}
            </Typography>
            <ExplainedFigure
              value=""
              trace={data.trace}
              title={translate('app.fund.chart', { n: data.series.length })}
              packVersion={data.packVersion}
            />
          </Stack>
          <FundChart points={data.series} thresholdMonths={data.thresholdMonths} citation={data.citation} />
        </CardContent>
      </Card>
      <Accounts d={data} />
      <Operations d={data} />
      <Box sx={{ mt: 2 }} />
      <Panel title={translate('app.fund.warnings')}>
        <FundWarningsPanel regionId={regionId} />
      </Panel>
      <Box sx={{ mt: 2 }}>
        <Panel title={translate('app.fund.statements')}>
          <FundStatementsPanel regionId={regionId} accounts={data.accounts} asOfMonth={data.asOfMonth} />
        </Panel>
      </Box>
      <Box sx={{ mt: 2 }}>
        <Panel title={translate('app.fund.outlook')}>
          <FundOutlookPanel d={data} />
        </Panel>
      </Box>
    </Box>
  );
};

/** The fund manager's page: one tab per region of theirs (Qinhuangdao art. 49–58; Tumxuk §6(三)). */
export const FundDashboardPage = () => {
  const translate = useTranslate();
  const { data: identity } = useGetIdentity();
  const regions = ((identity as { regions?: Region[] } | undefined)?.regions ?? []) as Region[];
  const { permissions } = usePermissions<string[]>();
  const mayImport = canAccess(Array.isArray(permissions) ? permissions : [], 'FundPosting', 'import');
  const [tab, setTab] = useState(0);
  const region = regions[Math.min(tab, regions.length - 1)];
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.fund.title')} />
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Tabs
          value={Math.min(tab, Math.max(regions.length - 1, 0))}
          onChange={(_e, v) => setTab(v)}
          aria-label={translate('app.fund.region')}
        >
          {regions.map((r) => (
            <Tab key={r.id} label={r.name} data-testid={`fund-region-${r.id}`} />
          ))}
        </Tabs>
        {mayImport ? <FundIncomeImportButton /> : null}
      </Stack>
      {region ? <RegionFund key={region.id} regionId={region.id} /> : null}
    </Box>
  );
};
