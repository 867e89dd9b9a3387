import PrintIcon from '@mui/icons-material/Print';
import { Box, GlobalStyles, Button as MuiButton, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { Loading, useGetList, useGetOne, useParams, useTranslate } from 'react-admin';
import { DOCUMENT_SX, PRINT_CSS, TITLE_FONT } from '../common/print';
import type { DesignationRecord } from './choices';

interface InstitutionRow {
  id: string;
  name: string;
  address: string;
  creditCode: string;
  legalRepresentative: string;
  tenure: 'owned' | 'leased' | null;
  leaseEndsOn: string | null;
  floorArea: string | null;
}

const box = (v: boolean) => (v ? '☑' : '□');
const cell = { border: '1px solid black', p: '4px 6px', fontSize: '12pt', verticalAlign: 'middle' } as const;

const Row = ({ cells }: { cells: [ReactNode, number?][] }) => (
  <Box component="tr">
    {cells.map(([content, span], i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: a fixed form row
      <Box component="td" key={i} colSpan={span ?? 1} sx={cell}>
        {content}
      </Box>
    ))}
  </Box>
);

/** Xinjiang annex 1: the application form, laid out as the paper form, filled from the application and the institution's records. */
export const Annex1Print = () => {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const { data: app } = useGetOne<DesignationRecord>('DesignationApplication', { id: id ?? '' }, { enabled: !!id });
  const { data: inst } = useGetOne<InstitutionRow>('Institution', { id: app?.institutionId ?? '' }, { enabled: !!app });
  const { data: staff } = useGetList<{ id: string; role: string; title: string }>(
    'Staff',
    { filter: { institutionId: app?.institutionId }, pagination: { page: 1, perPage: 500 } },
    { enabled: !!app },
  );
  if (!app || !inst) return <Loading />;
  const a = app.annex1 ?? {};
  const people = staff ?? [];
  const count = (pred: (s: { role: string; title: string }) => boolean) => people.filter(pred).length;
  const assessing = (s: { role: string }) => s.role === 'assessor' || s.role === 'expert';
  return (
    <>
      <GlobalStyles styles={PRINT_CSS} />
      <Stack direction="row" sx={{ my: 2 }} data-print="hide">
        <MuiButton variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()} data-testid="print-now">
          {translate('app.designations.print')}
        </MuiButton>
      </Stack>
      <Box className="official-document" data-testid="official-document" sx={{ ...DOCUMENT_SX, fontSize: '12pt' }}>
        <Box sx={{ textAlign: 'center', fontFamily: TITLE_FONT, fontSize: '18pt', fontWeight: 700 }}>新疆维吾尔自治区 新疆生产建设兵团</Box>
        <Box sx={{ textAlign: 'center', fontFamily: TITLE_FONT, fontSize: '18pt', fontWeight: 700, mb: 2 }}>
          长期护理保险定点评估机构申请表
        </Box>
        <Box component="table" sx={{ borderCollapse: 'collapse', width: '100%' }} data-testid="annex1-table">
          <tbody>
            <Row cells={[['机构名称'], [inst.name, 5]]} />
            <Row cells={[['机构地址'], [inst.address, 5]]} />
            <Row cells={[['统一社会信用代码证编号'], [inst.creditCode, 2], ['执业许可证编号（选填）'], [a.licenceNumber ?? '', 2]]} />
            <Row
              cells={[
                ['法定代表人'],
                [inst.legalRepresentative],
                ['法定代表人身份证号'],
                ['（见关联人员，已脱敏）'],
                ['联系电话'],
                [a.contactPhone ?? ''],
              ]}
            />
            <Row
              cells={[
                ['所有制性质'],
                [`公立${box(a.ownership === '公立')}  民营${box(a.ownership === '民营')}`, 2],
                ['经营性质'],
                [`营利${box(a.profitNature === '营利')}  非营利${box(a.profitNature === '非营利')}`, 2],
              ]}
            />
            <Row
              cells={[
                ['机构场所性质'],
                [`自有${box(inst.tenure === 'owned')}  租赁${box(inst.tenure === 'leased')}`, 2],
                ['机构成立时间'],
                [a.foundedOn ?? '', 2],
              ]}
            />
            <Row
              cells={[
                ['服务场所面积'],
                [`建筑面积：${a.buildingArea ?? inst.floorArea ?? ''}`, 2],
                ['营业面积'],
                [a.businessArea ?? '', 2],
              ]}
            />
            <Row cells={[['租期'], [inst.tenure === 'leased' ? `至${inst.leaseEndsOn ?? ''}` : '—', 5]]} />
            <Row cells={[['开户银行及账号'], [`${a.bank ?? ''} ${a.bankAccount ?? ''}`, 5]]} />
            <Row cells={[['评估工作负责人'], [a.contactPerson ?? '', 2], ['联系电话'], [a.contactPhone ?? '', 2]]} />
            <Row cells={[['机构人员情况'], ['总人数'], ['评估人员人数'], ['高级职称人数'], ['中级职称人数'], ['初级职称人数 / 其他']]} />
            <Row
              cells={[
                [''],
                [people.length],
                [count(assessing)],
                [count((s) => s.title === 'senior')],
                [count((s) => s.title === 'intermediate')],
                [`${count((s) => s.title === 'junior')} / ${count((s) => !['senior', 'intermediate', 'junior'].includes(s.title))}`],
              ]}
            />
            <Row cells={[['评估机构资格申请所附证件清单', 6]]} />
            {app.materials.map((m, i) => (
              <Row key={m} cells={[[i + 1], [translate(`enums.DesignationMaterial.${m}`), 5]]} />
            ))}
          </tbody>
        </Box>
      </Box>
    </>
  );
};
