import PrintIcon from '@mui/icons-material/Print';
import { Box, GlobalStyles, Button as MuiButton, Stack } from '@mui/material';
import { Loading, useGetOne, useParams, useTranslate } from 'react-admin';
import { DOCUMENT_SX, PRINT_CSS, TITLE_FONT } from '../common/print';
import type { AgreementRecord } from './choices';
import { officialDate } from './official-date';

interface Party {
  name: string;
  creditCode?: string;
  legalRepresentative?: string;
  address?: string;
}

function clauses(a: AgreementRecord, first: Party, second: Party): string[] {
  return [
    `本协议期限自${officialDate(a.startDate)}起至${officialDate(a.endDate)}止（《新疆生产建设兵团第三师图木舒克市长期护理保险定点服务机构管理办法》第十条：协议期限一般为一年）。`,
    `乙方${second.name}为长期护理保险定点服务机构，应按照长期护理保险政策规定和本协议约定，为参保失能人员提供符合规范的护理服务，如实记录服务内容与时长，不得虚构服务、虚报费用。`,
    '甲方按照长期护理保险待遇支付标准与乙方结算护理服务费用，对乙方的服务行为进行监督检查与考核评价，考核结果与费用结算挂钩。',
    '乙方名称、法定代表人、主要负责人、注册地址、银行账户、服务范围等重大信息发生变更的，应当自有关部门批准之日起三十个工作日内向甲方申请变更（第二十一条）。',
    '乙方违反协议约定的，甲方可视情节采取约谈、限期整改、暂停协议、解除协议等措施；乙方因违法违规被解除协议的，三年内不得申请定点，因严重违反协议约定被解除协议的，一年内不得申请定点（第十二条、第二十四条、第二十五条）。',
    `本协议一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。甲方：${first.name}；乙方：${second.name}。`,
  ];
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The agreement laid out as a Chinese official document: header, number, title, parties, clauses, signature and seal blocks, date. */
export const AgreementPrint = () => {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const { data: a, isPending } = useGetOne<AgreementRecord & { id: string }>('ServiceAgreement', { id: id ?? '' }, { enabled: !!id });
  const { data: institution } = useGetOne<Party & { id: string }>('Institution', { id: a?.institutionId ?? '' }, { enabled: !!a });
  const { data: region } = useGetOne<{ id: string; name: string }>('Region', { id: a?.regionId ?? '' }, { enabled: !!a });
  if (isPending || !a || !institution || !region) return <Loading />;
  const first: Party = { name: `${region.name}医疗保障局` };
  const second: Party = institution;
  return (
    <>
      <GlobalStyles styles={PRINT_CSS} />
      <Stack direction="row" spacing={2} sx={{ my: 2 }} data-print="hide">
        <MuiButton variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()} data-testid="print-now">
          {translate('app.agreements.print')}
        </MuiButton>
      </Stack>
      <Box className="official-document" data-testid="official-document" sx={DOCUMENT_SX}>
        <Box sx={{ textAlign: 'center', color: '#c00', fontFamily: TITLE_FONT, fontSize: '26pt', letterSpacing: '0.1em', fontWeight: 700 }}>
          {first.name}
        </Box>
        <Box sx={{ textAlign: 'center', mt: 2, mb: 1 }} data-testid="document-number">
          {a.number}
        </Box>
        <Box sx={{ borderTop: '2px solid #c00', mb: 3 }} />
        <Box component="h1" sx={{ textAlign: 'center', fontFamily: TITLE_FONT, fontSize: '22pt', fontWeight: 700, m: 0, mb: 3 }}>
          长期护理保险定点服务机构服务协议
        </Box>
        <Box>甲方：{first.name}</Box>
        <Box>乙方：{second.name}</Box>
        {second.creditCode ? <Box>统一社会信用代码：{second.creditCode}</Box> : null}
        {second.legalRepresentative ? <Box>法定代表人：{second.legalRepresentative}</Box> : null}
        {second.address ? <Box>地址：{second.address}</Box> : null}
        <Box sx={{ textIndent: '2em', mt: 2 }}>
          为保障长期护理保险参保人员合法权益，规范长期护理保险定点服务管理，根据长期护理保险有关政策规定，甲乙双方经协商一致，签订本协议。
        </Box>
        {clauses(a, first, second).map((text, i) => (
          <Box key={NUMERALS[i]} sx={{ textIndent: '2em' }}>
            <Box component="span" sx={{ fontFamily: '"SimHei", "Noto Sans CJK SC", sans-serif' }}>
              第{NUMERALS[i]}条
            </Box>{' '}
            {text}
          </Box>
        ))}
        <Stack direction="row" sx={{ mt: 6, justifyContent: 'space-between', breakInside: 'avoid' }} data-testid="signature-blocks">
          {[
            ['甲方（盖章）', first.name],
            ['乙方（盖章）', second.name],
          ].map(([caption, name]) => (
            <Box key={caption} sx={{ width: '46%', position: 'relative', fontSize: '14pt' }}>
              <Box>{caption}</Box>
              <Box
                aria-hidden
                sx={{
                  width: '38mm',
                  height: '38mm',
                  border: '1px dashed #c00',
                  borderRadius: '50%',
                  my: 1,
                  mx: 'auto',
                  color: '#c00',
                  display: 'flex',
                  alignItems: 'center',
                  justifyContent: 'center',
                  fontSize: '12pt',
                }}
              >
                印章
              </Box>
              <Box>{name}</Box>
              <Box>法定代表人或授权代表（签字）：</Box>
              <Box sx={{ borderBottom: '1px solid black', height: '2em', mb: 1 }} />
              <Box>日期：　　年　　月　　日</Box>
            </Box>
          ))}
        </Stack>
        <Box sx={{ textAlign: 'right', mt: 4, pr: '4em' }} data-testid="document-date">
          {officialDate(a.startDate)}
        </Box>
      </Box>
    </>
  );
};
