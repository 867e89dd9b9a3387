import PrintIcon from '@mui/icons-material/Print';
import { Box, GlobalStyles, Button as MuiButton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useParams, useTranslate } from 'react-admin';
import { getAssessment } from './api';
import { CommitmentsPanel, FindingsPanel, ScorePanel, TermSharePanel } from './ResultPanels';

const PRINT_CSS = {
  '@page': { size: 'A4', margin: '25mm 20mm' },
  '@media print': {
    'header, .RaSidebar-root, .RaAppBar-root, .MuiDrawer-root, [data-print="hide"], [data-testid="open-trace"]': {
      display: 'none !important',
    },
    '.official-document': { boxShadow: 'none !important', margin: '0 !important' },
  },
};

/** The year's assessment report as it is filed and sent to the TPA (Tianjin art. 17–18): scores, commitments, fee. */
export const TpaAssessmentPrint = () => {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const { data: a } = useQuery({ queryKey: ['TpaAssessment', id, 'full'], queryFn: () => getAssessment(id) });
  if (!a) return null;
  const fee = a.result?.fee;
  return (
    <Box className="official-document" sx={{ p: 4, bgcolor: 'white', maxWidth: 900, mx: 'auto' }} data-testid="assessment-report">
      <GlobalStyles styles={PRINT_CSS} />
      <Box data-print="hide" sx={{ textAlign: 'right' }}>
        <MuiButton startIcon={<PrintIcon />} onClick={() => window.print()}>
          {translate('app.tpa.print')}
        </MuiButton>
      </Box>
      <Typography variant="h5" align="center" sx={{ fontWeight: 700 }}>
        {a.contract.tpaInstitution?.name}
        {a.year}年度{translate('app.tpa.report_title')}
      </Typography>
      <Typography align="center" sx={{ mb: 2 }}>
        {a.contract.number}
      </Typography>
      <ScorePanel a={a} />
      <TermSharePanel a={a} />
      <CommitmentsPanel a={a} />
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('app.tpa.findings')}
      </Typography>
      <FindingsPanel a={a} />
      {fee ? (
        <Typography sx={{ mt: 2 }}>
          依《天津市长期护理保险委托经办机构考核清算办法》第十八条、第十九条：考核总得分{a.result?.total}分，按服务协议对照表拨付比例
          {fee.band.payRate}，应拨服务费{fee.scheduledFee}元，扣除基金损失{fee.fundLosses}元，实际应拨{fee.fee}元。
          {fee.poorResult ? '考核清算结果较差，依第二十条约谈并责令限期整改。' : ''}
        </Typography>
      ) : null}
    </Box>
  );
};
