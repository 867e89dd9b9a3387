import { REVIEW_BASIC_RULES, REVIEW_ITEM_RULES, type ReviewBasicLine, type ReviewItem } from '@ltci/shared';
import PrintIcon from '@mui/icons-material/Print';
import { Box, GlobalStyles, Button as MuiButton, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import { Loading, useGetList, useGetOne, useParams, useTranslate } from 'react-admin';
import { DOCUMENT_SX, PRINT_CSS, TITLE_FONT } from '../common/print';
import type { DesignationRecord } from './choices';

interface Named {
  id: string;
  name: string;
  address?: string;
  creditCode?: string;
}

const cn = (iso: string | null | undefined) => (iso ? `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日` : '');

const Document = ({ header, title, children }: { header: string; title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <>
      <GlobalStyles styles={PRINT_CSS} />
      <Stack direction="row" sx={{ my: 2 }} data-print="hide">
        <MuiButton variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()} data-testid="print-now">
          {translate('app.designations.print')}
        </MuiButton>
      </Stack>
      <Box className="official-document" data-testid="official-document" sx={DOCUMENT_SX}>
        <Box sx={{ textAlign: 'center', color: '#c00', fontFamily: TITLE_FONT, fontSize: '24pt', fontWeight: 700 }}>{header}</Box>
        <Box sx={{ borderTop: '2px solid #c00', my: 2 }} />
        <Box component="h1" sx={{ textAlign: 'center', fontFamily: TITLE_FONT, fontSize: '20pt', m: 0, mb: 3 }}>
          {title}
        </Box>
        {children}
      </Box>
    </>
  );
};

function useApplication() {
  const { id } = useParams<{ id: string }>();
  const { data: app } = useGetOne<DesignationRecord>('DesignationApplication', { id: id ?? '' }, { enabled: !!id });
  const { data: institution } = useGetOne<Named>('Institution', { id: app?.institutionId ?? '' }, { enabled: !!app });
  const { data: region } = useGetOne<Named>('Region', { id: app?.regionId ?? '' }, { enabled: !!app });
  return { app, institution, region };
}

/** Xinjiang art. 9 ¶2: the review result filed with the administrative department of the same level. */
export const DesignationFilingPrint = () => {
  const { app, institution, region } = useApplication();
  if (!app || !institution || !region) return <Loading />;
  const entries = (app.reviewEntries ?? {}) as {
    basic?: Record<string, { verdict?: string }>;
    items?: Record<string, { points?: string }>;
  };
  const passed = app.state === 'publicity' || app.state === 'designated';
  return (
    <Document header={`${region.name}医疗保障经办机构`} title="长期护理保险定点评估机构综合审核结果备案表">
      <Box>{region.name}医疗保障局：</Box>
      <Box sx={{ textIndent: '2em' }}>
        根据《长期护理保险失能等级评估机构定点管理实施细则》第九条，我机构于{cn(app.acceptedOn)}受理{institution.name}
        的定点申请，经书面查验、现场核查、集体评议， 审核结果为<b>{passed ? '通过' : '未通过'}</b>，差异化指标得分{app.reviewTotal ?? '—'}
        分。现予备案。
      </Box>
      <Table size="small" sx={{ my: 2, '& td, & th': { fontFamily: 'inherit', fontSize: '11pt', border: '1px solid black' } }}>
        <TableHead>
          <TableRow>
            <TableCell>审核内容</TableCell>
            <TableCell>审核情况</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(Object.keys(REVIEW_BASIC_RULES) as ReviewBasicLine[]).map((l) => (
            <TableRow key={l}>
              <TableCell>{REVIEW_BASIC_RULES[l].label.zh}</TableCell>
              <TableCell>
                {entries.basic?.[l]?.verdict === 'fail' ? '不合格' : entries.basic?.[l]?.verdict === 'pass' ? '合格' : '按预填'}
              </TableCell>
            </TableRow>
          ))}
          {(Object.keys(REVIEW_ITEM_RULES) as ReviewItem[])
            .filter((i) => entries.items?.[i])
            .map((i) => (
              <TableRow key={i}>
                <TableCell>{REVIEW_ITEM_RULES[i].label.zh}（审核人调整）</TableCell>
                <TableCell>{entries.items?.[i]?.points}分</TableCell>
              </TableRow>
            ))}
        </TableBody>
      </Table>
      <Box>审核小组：{app.panel.map((m) => `${m.name}（${m.unit ? `${m.unit}，` : ''}${m.field}）`).join('、') || '—'}</Box>
      <Box>现场核查：{app.siteVisit ? `${cn(app.siteVisit.date)}，${app.siteVisit.inspectors}：${app.siteVisit.findings}` : '—'}</Box>
      <Box>集体评议意见：{app.panelDecision ?? '—'}</Box>
      {app.publicityStart ? (
        <Box>
          公示期：{cn(app.publicityStart)}起{app.publicityEnd ? `至${cn(app.publicityEnd)}` : ''}
        </Box>
      ) : null}
      <Box sx={{ textAlign: 'right', mt: 6 }}>{region.name}医疗保障经办机构（盖章）</Box>
      <Box sx={{ textAlign: 'right' }}>{cn(app.decidedOn ?? app.publicityStart)}</Box>
    </Document>
  );
};

/** Xinjiang art. 8–9, 12: the applicant told why it was refused or not passed. */
export const DesignationLetterPrint = () => {
  const { app, institution, region } = useApplication();
  if (!app || !institution || !region) return <Loading />;
  const refused = app.state === 'refused';
  return (
    <Document header={`${region.name}医疗保障经办机构`} title={refused ? '不予受理定点申请告知书' : '定点申请审核结果告知书'}>
      <Box>{institution.name}：</Box>
      <Box sx={{ textIndent: '2em' }} data-testid="letter-reasons">
        你单位于{cn(app.applicationDate)}提出的长期护理保险定点评估机构申请，
        {refused
          ? '经核查，存在《长期护理保险失能等级评估机构定点管理实施细则》第十二条规定的不予受理情形，决定不予受理。'
          : '经初步审核和综合审核（细则第八条、第九条），审核未通过。'}
        理由如下：{app.decisionReason}
      </Box>
      <Box sx={{ textIndent: '2em' }}>特此告知。</Box>
      <Box sx={{ textAlign: 'right', mt: 6 }}>{region.name}医疗保障经办机构（盖章）</Box>
      <Box sx={{ textAlign: 'right' }}>{cn(app.decidedOn)}</Box>
    </Document>
  );
};

/** Xinjiang art. 11: the designated assessment institutions published. */
export const DesignationPublishedPrint = () => {
  const { data: apps, isPending } = useGetList<DesignationRecord>('DesignationApplication', {
    filter: { state: 'designated' },
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'applicationDate', order: 'ASC' },
  });
  const ids = [...new Set((apps ?? []).map((a) => a.institutionId))];
  const { data: institutions } = useGetList<Named>(
    'Institution',
    { filter: { ids }, pagination: { page: 1, perPage: 500 } },
    { enabled: ids.length > 0 },
  );
  if (isPending) return <Loading />;
  const byId = new Map((institutions ?? []).map((i) => [i.id, i]));
  return (
    <Document header="医疗保障经办机构" title="长期护理保险定点评估机构名单">
      <Box sx={{ textIndent: '2em' }}>
        根据《长期护理保险失能等级评估机构定点管理实施细则》第十一条，现将签订服务协议的定点评估机构名单公布如下：
      </Box>
      <Table
        size="small"
        sx={{ my: 2, '& td, & th': { fontFamily: 'inherit', fontSize: '12pt', border: '1px solid black' } }}
        data-testid="published-list"
      >
        <TableHead>
          <TableRow>
            <TableCell>序号</TableCell>
            <TableCell>机构名称</TableCell>
            <TableCell>地址</TableCell>
            <TableCell>定点日期</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(apps ?? []).map((a, i) => (
            <TableRow key={a.id}>
              <TableCell>{i + 1}</TableCell>
              <TableCell>{byId.get(a.institutionId)?.name ?? ''}</TableCell>
              <TableCell>{byId.get(a.institutionId)?.address ?? ''}</TableCell>
              <TableCell>{cn(a.decidedOn)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Document>
  );
};
