import { POLICY_CHANGE_WORKFLOW } from '@ltci/shared';
import { Alert, Box, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PolicyChangeRecord } from '../dataProvider/policyMethods';
import { WorkflowActions, type WorkflowMutation, WorkflowTimeline } from '../workflow';
import { ChangePreview } from './ChangePreview';
import { errorText } from './shared-ui';
import { usePolicyQuery } from './usePolicyQueries';

const MUTATION: WorkflowMutation = { name: 'transitionPolicyChange', actionType: 'PolicyChangeAction' };
// the page's own wording of the codes ("another administrator approves"), before the kernel's
const PAGE_ISSUES = ['app.policyData.blocked'];

const ChangeCard = ({ change }: { change: PolicyChangeRecord }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, mb: 1.5 }} data-testid={`policy-change-${change.id}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Chip size="small" label={translate(`app.policyData.states.${change.state}`)} data-testid="change-state" />
        <Typography variant="body2">
          {translate('app.policyData.effective_from')}: {change.effectiveFrom}
        </Typography>
        {change.note ? <Typography variant="body2">· {change.note}</Typography> : null}
      </Stack>
      <ChangePreview diff={change.diff} figures={change.figures} testId="change-diff" />
      <Stack spacing={1.5} sx={{ mt: 1.5 }}>
        <WorkflowTimeline table={POLICY_CHANGE_WORKFLOW} record={change} testId="change-timeline" />
        {change.allowedActions.length ? (
          <WorkflowActions
            table={POLICY_CHANGE_WORKFLOW}
            mutation={MUTATION}
            record={change}
            title={(c) => `${translate('app.policyData.effective_from')} ${c.effectiveFrom}`}
            extraIssuePrefixes={PAGE_ISSUES}
            testId="change-actions"
          />
        ) : null}
      </Stack>
    </Box>
  );
};

/** The region's parameter changes, newest first: each diff, sample figures, history and the caller's actions (four-eyes). */
export const PolicyChangesPanel = ({ regionId }: { regionId: string }) => {
  const translate = useTranslate();
  const changes = usePolicyQuery('policyChanges', regionId);
  if (changes.isPending) return <LinearProgress />;
  if (changes.error) return <Alert severity="warning">{errorText(changes.error)}</Alert>;
  if (!changes.data.length) return <Typography variant="body2">{translate('app.policyData.no_changes')}</Typography>;
  return (
    <>
      {changes.data.map((c) => (
        <ChangeCard key={c.id} change={c} />
      ))}
    </>
  );
};
