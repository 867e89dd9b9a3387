import PrintIcon from '@mui/icons-material/Print';
import { Box, GlobalStyles, Button as MuiButton, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, useTranslate } from 'react-admin';
import { useParams } from 'react-router';
import { officialDate } from '../agreements/official-date';
import { DOCUMENT_SX, PRINT_CSS, TITLE_FONT } from '../common/print';
import { fundApi } from './fundApi';

const cell = { border: '1px solid black', px: 0.5, py: 0.25, fontSize: '10.5pt' } as const;

/**
 * The statement as the agency files it (Qinhuangdao art. 56, 73: 定期向社会公布/按月、按年报送基金收支):
 * 长期护理保险基金收支表, the period in Chinese, one column per account, amounts in yuan, the
 * preparer's and reviewer's lines; landscape-free A4, the same figures as the screen and the .xlsx.
 */
export const FundIncomeStatementPrint = () => {
  const { regionId, period } = useParams<{ regionId: string; period: string }>();
  const translate = useTranslate();
  const { data: s } = useQuery({
    queryKey: ['fund', 'incomeStatement', regionId, period],
    queryFn: () => fundApi.incomeStatement(regionId ?? '', period ?? ''),
    enabled: !!regionId && !!period,
  });
  if (!s) return <Loading />;
  const month = s.period.length === 7;
  const title = month ? `${s.period.slice(0, 4)}年${Number(s.period.slice(5))}月` : `${s.period}年度`;
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  return (
    <>
      <GlobalStyles styles={PRINT_CSS} />
      <Stack direction="row" spacing={2} sx={{ my: 2 }} data-print="hide">
        <MuiButton variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()} data-testid="print-now">
          {translate('app.agreements.print')}
        </MuiButton>
      </Stack>
      <Box className="official-document" data-testid="statement-print-view" sx={{ ...DOCUMENT_SX, px: '15mm', fontSize: '12pt' }}>
        <Box component="h1" sx={{ textAlign: 'center', fontFamily: TITLE_FONT, fontSize: '20pt', fontWeight: 700, m: 0 }}>
          {s.regionName}长期护理保险基金收支表
        </Box>
        <Box sx={{ textAlign: 'center', mb: 2 }}>
          （{title}
          {month ? '月报' : '年报'}）
        </Box>
        <Stack direction="row" sx={{ justifyContent: 'space-between', mb: 0.5 }}>
          <Box>编报单位：{s.regionName}医疗保障经办机构</Box>
          <Box>单位：元</Box>
        </Stack>
        <Box component="table" sx={{ borderCollapse: 'collapse', width: '100%' }} data-testid="statement-print-table">
          <thead>
            <tr>
              <Box component="th" sx={cell}>
                项目
              </Box>
              {s.accounts.map((a) => (
                <Box component="th" key={a.id} sx={cell}>
                  {a.name}
                </Box>
              ))}
              <Box component="th" sx={cell}>
                合计
              </Box>
              {month ? (
                <Box component="th" sx={cell}>
                  本年累计
                </Box>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {s.lines.map((l) => (
              <tr key={`${l.section}/${l.kind ?? ''}`}>
                <Box component="td" sx={{ ...cell, pl: l.kind ? 2 : 0.5, fontWeight: l.kind ? 400 : 700 }}>
                  {l.labelZh}
                </Box>
                {l.amounts.map((a, i) => (
                  <Box component="td" key={s.accounts[i].id} sx={{ ...cell, textAlign: 'right' }}>
                    {a}
                  </Box>
                ))}
                <Box component="td" sx={{ ...cell, textAlign: 'right', fontWeight: 700 }}>
                  {l.total}
                </Box>
                {month ? (
                  <Box component="td" sx={{ ...cell, textAlign: 'right' }}>
                    {l.yearTotal}
                  </Box>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Box>
        <Box sx={{ mt: 1, fontSize: '10.5pt' }}>
          说明：收入、支出按记账类别列示，已扣除冲正；账户间调拨（财政专户拨付支出户、市级拨付县区、县区年末上缴、利息上缴）调入为正、调出为负，全市合计为零。依据《秦皇岛市长期护理保险实施细则》第五十六条、第七十三条。
        </Box>
        <Stack direction="row" sx={{ justifyContent: 'space-between', mt: 4 }}>
          <Box>单位负责人：</Box>
          <Box>复核：</Box>
          <Box>制表：</Box>
          <Box>报送日期：{officialDate(today)}</Box>
        </Stack>
      </Box>
    </>
  );
};
