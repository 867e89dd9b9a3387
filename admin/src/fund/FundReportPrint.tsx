import PrintIcon from '@mui/icons-material/Print';
import { Box, GlobalStyles, Button as MuiButton, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, useGetOne, useParams, useTranslate } from 'react-admin';
import { officialDate } from '../agreements/official-date';
import { DOCUMENT_SX, PRINT_CSS, TITLE_FONT } from '../common/print';
import { fundApi } from './fundApi';

const cell = { border: '1px solid black', px: 1, py: 0.25, fontSize: '12pt' } as const;

/**
 * The report to the city government that a warning of Qinhuangdao art. 58 calls for ("应及时向市政府
 * 报告，并采取调整筹资标准、加大财政补助、优化待遇支付等措施"): the figures that raised it, the
 * last twelve months, and the measures proposed, from the medical-security bureau with the finance bureau.
 */
export const FundReportPrint = () => {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const { data: w } = useQuery({ queryKey: ['fund', 'warning', id], queryFn: () => fundApi.warning(id ?? ''), enabled: !!id });
  const { data: d } = useQuery({
    queryKey: ['fund', 'dashboard', w?.regionId],
    queryFn: () => fundApi.dashboard(w!.regionId),
    enabled: !!w,
  });
  const { data: region } = useGetOne<{ id: string; name: string }>('Region', { id: w?.regionId ?? '' }, { enabled: !!w });
  if (!w || !d || !region) return <Loading />;
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const months = d.series.slice(-12);
  const reason =
    w.code === 'BALANCE_BELOW_WARNING_LINE'
      ? `累计结余 ${d.balance} 元，低于全市 ${d.thresholdMonths ?? 6} 个月基金月均支付额（预警线 ${d.warningLine ?? ''} 元），可支付月数为 ${d.monthsOfCapacity ?? '—'} 个月`
      : `${d.asOfMonth.slice(0, 4)} 年初至今基金收入 ${d.yearToDateIncome} 元，支出 ${d.yearToDateExpenditure} 元，出现收不抵支`;
  return (
    <>
      <GlobalStyles styles={PRINT_CSS} />
      <Stack direction="row" spacing={2} sx={{ my: 2 }} data-print="hide">
        <MuiButton variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()} data-testid="print-now">
          {translate('app.agreements.print')}
        </MuiButton>
      </Stack>
      <Box className="official-document" data-testid="fund-report" sx={DOCUMENT_SX}>
        <Box sx={{ textAlign: 'center', color: '#c00', fontFamily: TITLE_FONT, fontSize: '24pt', fontWeight: 700 }}>
          {region.name}医疗保障局　{region.name}财政局
        </Box>
        <Box sx={{ borderTop: '2px solid #c00', my: 3 }} />
        <Box component="h1" sx={{ textAlign: 'center', fontFamily: TITLE_FONT, fontSize: '22pt', fontWeight: 700, m: 0, mb: 3 }}>
          关于长期护理保险基金收支预警情况的报告
        </Box>
        <Box>{region.name}人民政府：</Box>
        <Box sx={{ textIndent: '2em' }}>
          根据《秦皇岛市长期护理保险实施细则》第五十八条“当基金出现收不抵支，或累计结余低于全市6个月基金月均支付额时，应及时向市政府报告”的规定，现将截至
          {d.asOfMonth.replace('-', '年')}月长期护理保险基金运行情况报告如下：
        </Box>
        <Box sx={{ textIndent: '2em' }} data-testid="report-reason">
          一、预警情况。{reason}。系统于{officialDate(w.raisedAt.slice(0, 10))}发出预警：{w.message}。
        </Box>
        <Box sx={{ textIndent: '2em' }}>
          二、基金收支情况。近十二个月月均支付额 {d.averageMonthlyPayment} 元；{d.asOfMonth.slice(0, 4)}年初至今收入 {d.yearToDateIncome}{' '}
          元、支出 {d.yearToDateExpenditure} 元。各月情况如下表（单位：元）：
        </Box>
        <Box component="table" sx={{ borderCollapse: 'collapse', width: '100%', my: 1 }} data-testid="report-table">
          <thead>
            <tr>
              {['月份', '收入', '支出', '月末累计结余', '预警线'].map((h) => (
                <Box component="th" key={h} sx={cell}>
                  {h}
                </Box>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((p) => (
              <tr key={p.month}>
                {(
                  [
                    ['month', p.month],
                    ['income', p.income],
                    ['expenditure', p.expenditure],
                    ['balance', p.balance],
                    ['line', p.warningLine ?? '—'],
                  ] as const
                ).map(([k, v]) => (
                  <Box component="td" key={k} sx={{ ...cell, textAlign: k === 'month' ? 'center' : 'right' }}>
                    {v}
                  </Box>
                ))}
              </tr>
            ))}
          </tbody>
        </Box>
        <Box sx={{ textIndent: '2em' }}>
          三、拟采取的措施。按照第五十八条规定，拟采取调整筹资标准、加大财政补助、优化待遇支付等措施，确保基金收支平衡与安全平稳运行。
          {w.note ? `经办机构已采取的措施：${w.note}。` : ''}
        </Box>
        <Box sx={{ textIndent: '2em' }}>特此报告。</Box>
        <Box sx={{ textAlign: 'right', mt: 6 }}>
          <Box>
            {region.name}医疗保障局　　{region.name}财政局
          </Box>
          <Box>{officialDate(today)}</Box>
        </Box>
      </Box>
    </>
  );
};
