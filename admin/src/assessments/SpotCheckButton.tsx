import { Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useNotify, useRefresh, useTranslate } from 'react-admin';
import { requestGraphQL } from '../dataProvider/request';

const DRAW = `mutation ($r: ID!, $n: Int!, $s: Float) { drawSpotChecks(regionId: $r, count: $n, seed: $s) { seed candidates created } }`;

/** Random spot-checks of the last 12 months' conclusions (Qinhuangdao art. 27(4)); the seed is shown and audited. */
export const SpotCheckButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'AssessmentApplication', action: 'spot_check' });
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ regionId: 'qinhuangdao', count: '5', seed: '' });
  if (!canAccess) return null;
  const t = (k: string) => translate(`app.assessments.${k}`);
  const run = async () => {
    try {
      const r = await requestGraphQL<{ drawSpotChecks: { seed: number; candidates: string[]; created: string[] } }>(DRAW, {
        r: form.regionId,
        n: Number(form.count),
        s: form.seed.trim() ? Number(form.seed) : null,
      });
      notify(t('spot_check_done'), {
        type: 'success',
        messageArgs: { seed: r.drawSpotChecks.seed, n: r.drawSpotChecks.created.length, of: r.drawSpotChecks.candidates.length },
      });
      setOpen(false);
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      <MuiButton size="small" onClick={() => setOpen(true)} data-testid="spot-check">
        {t('spot_check')}
      </MuiButton>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{t('spot_check')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TextField label={t('region')} value={form.regionId} onChange={(e) => setForm({ ...form, regionId: e.target.value })} />
            <TextField label={t('count')} type="number" value={form.count} onChange={(e) => setForm({ ...form, count: e.target.value })} />
            <TextField label={t('seed')} value={form.seed} onChange={(e) => setForm({ ...form, seed: e.target.value })} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" onClick={() => void run()}>
            {translate('ra.action.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
