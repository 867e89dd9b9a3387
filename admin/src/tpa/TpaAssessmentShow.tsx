import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, Card, CardContent, Divider, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, RecordContextProvider, useParams, useTranslate } from 'react-admin';
import { AttachmentsPanel } from '../attachments';
import { getAssessment, reviewAssessment } from './api';
import { FeePanel } from './FeePanel';
import { OnSiteForm } from './OnSiteForm';
import { CommitmentsPanel, FindingsPanel, ScorePanel, TermSharePanel } from './ResultPanels';
import { SelfCheckForm } from './SelfCheckForm';
import { WorkflowButtons } from './WorkflowButtons';

const can = (actions: { action: string; enabled: boolean }[], action: string) => actions.some((a) => a.action === action && a.enabled);

/** One contract-year: the step at hand (self-check, on-site, review), the score by level and area, commitments, fee and cap. */
export const TpaAssessmentShow = () => {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const { data: a, refetch } = useQuery({ queryKey: ['TpaAssessment', id, 'full'], queryFn: () => getAssessment(id) });
  if (!a) return null;
  const done = () => void refetch();
  return (
    <Card sx={{ mt: 2 }} data-testid="tpa-assessment">
      <CardContent>
        <Typography variant="h5">
          <Link to={`/TpaContract/${a.contractId}/show`}>{a.contract.number}</Link> · {a.year} ·{' '}
          <span data-testid="assessment-state">{translate(`workflow.tpaAssessment.states.${a.state}`)}</span>
        </Typography>
        <Typography color="text.secondary">{a.contract.tpaInstitution?.name}</Typography>
        <Box sx={{ my: 1, display: 'flex', gap: 2 }}>
          <WorkflowButtons
            workflow="tpaAssessment"
            only={['approve', 'return']}
            actions={a.allowedActions}
            run={(act, r) => reviewAssessment(a.id, act, a.version, r)}
            onDone={done}
          />
          <Button component={Link} to={`/TpaAssessment/${a.id}/print`} startIcon={<PrintIcon />} data-testid="print-report">
            {translate('app.tpa.print')}
          </Button>
        </Box>
        {can(a.allowedActions, 'submit_self_check') ? <SelfCheckForm a={a} onDone={done} /> : null}
        {can(a.allowedActions, 'submit_on_site') ? <OnSiteForm a={a} onDone={done} /> : null}
        <Divider sx={{ my: 2 }} />
        <ScorePanel a={a} />
        <TermSharePanel a={a} />
        <CommitmentsPanel a={a} />
        {a.state === 'self_check' ? null : (
          <RecordContextProvider value={{ id: a.id }}>
            <AttachmentsPanel ownerType="TpaAssessment" defaultCategory="evidence" />
          </RecordContextProvider>
        )}
        <FeePanel a={a} onDone={done} />
        <Typography variant="subtitle1" sx={{ mt: 2 }}>
          {translate('app.tpa.findings')}
        </Typography>
        <FindingsPanel a={a} />
        <Alert severity="info" sx={{ mt: 2 }} data-testid="assessment-history">
          {a.history
            .map((h) => `${translate(`workflow.tpaAssessment.actions.${h.action}`)}（${h.actorName}）${h.reason ? `：${h.reason}` : ''}`)
            .join(' → ') || '—'}
        </Alert>
      </CardContent>
    </Card>
  );
};
