import type { PolicyPackVersion } from '@ltci/shared';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Alert, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ExplainedFigure, type TraceStepLike } from '../common/TraceDrawer';
import { useCitation } from '../common/useCitation';
import { useGraphQL } from './useGraphQL';

const POLICY_PACK =
  'query PolicyPack($regionId: ID!, $date: String!) { policyPack(regionId: $regionId, date: $date) { value trace { rule citation inputs output interpretation note } } }';

export const PACK_SECTIONS = ['contributions', 'eligibility', 'assessment', 'benefits', 'fund', 'institutions'] as const;

interface PolicyPackResult {
  policyPack: { value: PolicyPackVersion; trace: TraceStepLike[] };
}

/** The version in force on `date`, the region's stored overrides applied, each section as JSON. */
export const PackVersionView = ({ regionId, date }: { regionId: string; date: string }) => {
  const translate = useTranslate();
  const citation = useCitation();
  const { data, error, loading } = useGraphQL<PolicyPackResult>(POLICY_PACK, { regionId, date });
  if (loading) return <LinearProgress />;
  if (error || !data) return <Alert severity="warning">{translate(error ?? 'ra.notification.http_error', { _: error })}</Alert>;
  const version = data.policyPack.value;
  const overridden = data.policyPack.trace.find((step) => step.rule === 'policy.overrides')?.output as { path: string }[] | undefined;
  return (
    <>
      <Typography variant="subtitle1" data-testid="policy-pack-title">
        {/* which version is in force on the date (and the overrides applied) is itself a figure shared computed */}
        <ExplainedFigure value={version.title} trace={data.policyPack.trace} />
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.policyData.validFrom')}: {version.validFrom}
        {version.citation ? ` · ${citation(version.citation)}` : ''}
      </Typography>
      {overridden?.length ? (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('app.policyData.overridden', { paths: overridden.map((c) => c.path).join(', ') })}
        </Alert>
      ) : null}
      {PACK_SECTIONS.map((section) => (
        <Accordion key={section} disableGutters>
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Typography>
              {translate(`app.policyData.sections.${section}`)} <code>{section}</code>
            </Typography>
          </AccordionSummary>
          <AccordionDetails>
            <pre style={{ margin: 0, fontSize: 13, overflowX: 'auto' }}>{JSON.stringify(version[section], null, 2)}</pre>
          </AccordionDetails>
        </Accordion>
      ))}
    </>
  );
};
