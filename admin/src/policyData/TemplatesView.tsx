import { adoptedScorecards, type ScorecardTemplate } from '@ltci/shared';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useCitation } from '../common/useCitation';
import { useLabel } from './shared-ui';

/** Points of an event type or computed rule as one line of text. */
function pointsText(item: Record<string, unknown>): string {
  const p = item.points as Record<string, unknown> | string | undefined;
  if (typeof p === 'string') return p;
  if (p && typeof p === 'object')
    return p.per === 'assessed' ? '评定' : `${p.points}${p.per === 'unit' ? ` / ${p.unitSize}${p.unitLabel}` : ''}`;
  for (const key of ['pointsPerStep', 'pointsEach', 'pointsPerMissing', 'pointsPerFullPercentagePoint'])
    if (typeof item[key] === 'string') return String(item[key]);
  return '—';
}

const TemplateItems = ({ template }: { template: ScorecardTemplate }) => {
  const translate = useTranslate();
  const citation = useCitation();
  const rows = [
    ...template.basicLines.map((l) => ({
      id: l.id,
      group: translate('app.policyData.basic'),
      title: l.title,
      points: '✓/✗',
      cap: '',
      citation: l.citation,
    })),
    ...template.categories.flatMap((c) => [
      {
        id: c.id,
        group: c.title,
        title: `${c.title}（${translate(`app.policyData.category_${c.kind}`)}）`,
        points: '',
        cap: c.max,
        citation: c.citation,
      },
      ...[...c.eventTypes, ...c.computed].map((item) => ({
        id: `${c.id}.${item.id}`,
        group: c.title,
        title: item.title,
        points: pointsText(item as unknown as Record<string, unknown>),
        cap: (item as { cap?: string }).cap ?? '',
        citation: item.citation,
      })),
    ]),
    ...template.vetoes.map((v) => ({
      id: v.id,
      group: translate('app.policyData.veto'),
      title: v.title,
      points: v.effect.kind === 'zeroTotal' ? '0' : `-${v.effect.points}`,
      cap: v.effect.kind === 'deduct' ? (v.effect.cap ?? '') : '',
      citation: v.citation,
    })),
  ];
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.policyData.item')}</TableCell>
          <TableCell>{translate('app.policyData.points')}</TableCell>
          <TableCell>{translate('app.policyData.max')}</TableCell>
          <TableCell>{translate('app.policyData.citation')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id} data-testid={`template-item-${r.id}`}>
            <TableCell>{r.title}</TableCell>
            <TableCell>{r.points}</TableCell>
            <TableCell>{r.cap}</TableCell>
            <TableCell>{citation(r.citation)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The scorecard templates the region adopts for the year, item by item, read-only (shared's `adoptedScorecards`). */
export const TemplatesView = ({ regionId, year }: { regionId: string; year: number }) => {
  const translate = useTranslate();
  const citation = useCitation();
  const label = useLabel();
  const adopted = adoptedScorecards(regionId, year);
  if (!adopted.length) return <Typography variant="body2">{translate('app.policyData.no_templates')}</Typography>;
  return (
    <>
      {adopted.map((a) => (
        <Accordion key={a.purpose} disableGutters slotProps={{ transition: { unmountOnExit: true } }}>
          <AccordionSummary expandIcon={<ExpandMoreIcon />} data-testid={`template-${a.template.id}`}>
            <Typography>
              {label(a.purposeLabel)}：{a.template.title}（{a.template.year}，{translate('app.policyData.total')} {a.template.total}）·{' '}
              {citation(a.citation)}
            </Typography>
          </AccordionSummary>
          <AccordionDetails sx={{ overflowX: 'auto' }}>
            <TemplateItems template={a.template} />
          </AccordionDetails>
        </Accordion>
      ))}
    </>
  );
};
