import { Alert, Box, Button as MuiButton, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { type AgreementRecord, type AllowedActionRow, issueKey } from './choices';
import { TransitionDialog } from './TransitionDialog';

/** The actions the server says the user may take now (`allowedActions`); a blocked one says why, by its code. */
export const AgreementActions = () => {
  const record = useRecordContext<AgreementRecord>();
  const translate = useTranslate();
  const [open, setOpen] = useState<AllowedActionRow | null>(null);
  if (!record) return null;
  const actions = record.allowedActions ?? [];
  return (
    <Box data-testid="agreement-actions">
      <Typography variant="subtitle2" color="text.secondary" gutterBottom>
        {translate('app.agreements.actions')}
      </Typography>
      {actions.length === 0 ? <Alert severity="info">{translate('app.agreements.no_actions')}</Alert> : null}
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {actions.map((a) => (
          <Box key={a.action} sx={{ maxWidth: 260 }}>
            <MuiButton
              variant={a.enabled ? 'contained' : 'outlined'}
              disabled={!a.enabled}
              onClick={() => setOpen(a)}
              data-testid={`action-${a.action}`}
            >
              {translate(`workflow.serviceAgreement.actions.${a.action}`, { _: a.action })}
            </MuiButton>
            {a.enabled ? null : (
              <Typography variant="caption" color="text.secondary" component="div" data-testid={`blocked-${a.action}`}>
                {a.blockedBy.map((code) => translate(issueKey(code), { _: code })).join('；')}
              </Typography>
            )}
          </Box>
        ))}
      </Stack>
      {open ? <TransitionDialog record={record} action={open} onClose={() => setOpen(null)} /> : null}
    </Box>
  );
};
