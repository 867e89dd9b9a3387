import { type AssessmentParams, policyPack } from '@ltci/shared';
import PrintIcon from '@mui/icons-material/Print';
import { Box, GlobalStyles, Button as MuiButton, Stack } from '@mui/material';
import { Loading, useGetOne, useParams, useTranslate } from 'react-admin';
import { officialDate } from '../agreements/official-date';
import { DOCUMENT_SX, PRINT_CSS, TITLE_FONT } from '../common/print';
import { chinaToday } from './DeadlinesPanel';
import type { ApplicationRecord } from './types';

const paramsOf = (regionId: string): AssessmentParams | null => {
  const pack = policyPack(regionId as Parameters<typeof policyPack>[0], chinaToday());
  return pack.ok ? pack.value.assessment : null;
};

/** The conclusion letter as an official document (Qinhuangdao art. 23–24, 26): the grade, its validity, the right to dispute within 10 working days. */
export const ConclusionLetter = () => {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const { data: a, isPending } = useGetOne<ApplicationRecord>('AssessmentApplication', { id: id ?? '' }, { enabled: !!id });
  const { data: claimant } = useGetOne<{ id: string; name: string; idNumber: string }>(
    'Claimant',
    { id: a?.claimantId ?? '' },
    { enabled: !!a },
  );
  const { data: institution } = useGetOne<{ id: string; name: string }>(
    'Institution',
    { id: a?.institutionId ?? '' },
    { enabled: !!a?.institutionId },
  );
  const { data: region } = useGetOne<{ id: string; name: string }>('Region', { id: a?.regionId ?? '' }, { enabled: !!a });
  if (isPending || !a || !claimant || !region) return <Loading />;
  const params = paramsOf(a.regionId);
  const grade = a.recordedGrade;
  const label = grade !== null && params ? params.grading.labels[grade as 0] : '—';
  const severe = grade !== null && params ? params.qualifyingGrades.value.includes(grade as 0) : false;
  const issuer = `${region.name}医疗保障局`;
  const dated = a.letterIssuedOn ?? a.concludedOn ?? chinaToday();
  return (
    <>
      <GlobalStyles styles={PRINT_CSS} />
      <Stack direction="row" spacing={2} sx={{ my: 2 }} data-print="hide">
        <MuiButton variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()} data-testid="print-now">
          {translate('app.assessments.print_letter')}
        </MuiButton>
      </Stack>
      <Box className="official-document" data-testid="official-document" sx={DOCUMENT_SX}>
        <Box sx={{ textAlign: 'center', color: '#c00', fontFamily: TITLE_FONT, fontSize: '26pt', letterSpacing: '0.1em', fontWeight: 700 }}>
          {issuer}
        </Box>
        <Box sx={{ textAlign: 'center', mt: 2, mb: 1 }} data-testid="document-number">
          {`长护评字〔${dated.slice(0, 4)}〕${a.id.slice(0, 8).toUpperCase()}号`}
        </Box>
        <Box sx={{ borderTop: '2px solid #c00', mb: 3 }} />
        <Box component="h1" sx={{ textAlign: 'center', fontFamily: TITLE_FONT, fontSize: '22pt', fontWeight: 700, m: 0, mb: 3 }}>
          长期护理保险失能等级评估结论书
        </Box>
        {a.letterIssuedOn ? null : (
          <Box sx={{ textAlign: 'center', color: '#c00', mb: 2 }} data-testid="letter-draft">
            （草稿：公示期满无异议后出具，第二十三条）
          </Box>
        )}
        <Box>{`${claimant.name}（身份证号码 ${claimant.idNumber}）：`}</Box>
        <Box sx={{ textIndent: '2em' }}>
          {`你于${officialDate(a.appliedOn)}提出的长期护理保险失能等级评估申请，经${institution?.name ?? '评估机构'}现场评估、评估专家确认、市医疗保障经办机构审核并公示，依据《长期护理失能等级评估标准（试行）》，评估结论为：`}
        </Box>
        <Box sx={{ textAlign: 'center', fontSize: '18pt', fontWeight: 700, my: 2 }} data-testid="letter-grade">
          {`失能等级 ${grade ?? '—'} 级（${label}）`}
        </Box>
        {severe ? (
          <Box sx={{ textIndent: '2em' }}>
            本结论为重度失能，有效期为两年，自本结论书出具之日起计算；期满前应进行期末评估（第二十六条）。
          </Box>
        ) : (
          <Box sx={{ textIndent: '2em' }}>本结论未达到享受长期护理保险待遇的失能等级。</Box>
        )}
        <Box sx={{ textIndent: '2em' }}>
          如对本评估结论有异议，可自收到本结论书之日起10个工作日内向市医疗保障经办机构申请复评（第二十四条）。
        </Box>
        <Box sx={{ mt: 8, textAlign: 'right' }} data-testid="letter-issuer">
          <Box>{issuer}</Box>
          <Box>{officialDate(dated)}</Box>
        </Box>
      </Box>
    </>
  );
};
