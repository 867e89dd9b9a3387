import InfoIcon from '@mui/icons-material/InfoOutlined';
import { Box, Chip, Divider, Drawer, IconButton, List, ListItem, Stack, Tooltip, Typography } from '@mui/material';
import { type ReactNode, useState } from 'react';
import { useTranslate } from 'react-admin';

/** One step of a `shared` trace, as GraphQL returns it (`TraceStep`). */
export interface TraceStepLike {
  rule: string;
  citation: string;
  inputs: Record<string, unknown>;
  output: unknown;
  interpretation?: string | null;
  note?: string | null;
}

const shown = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** A trace read as the rules applied: each rule's name in the user's language, its article, what it read and gave. */
export const TraceSteps = ({ trace }: { trace: readonly TraceStepLike[] }) => {
  const translate = useTranslate();
  if (!trace.length) return <Typography color="text.secondary">{translate('app.trace.empty')}</Typography>;
  return (
    <List dense data-testid="trace-steps">
      {trace.map((step, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a trace is a fixed, ordered list; the same rule may appear twice
        <ListItem key={`${step.rule}-${i}`} divider sx={{ display: 'block' }} data-rule={step.rule}>
          <Typography variant="subtitle2">{translate(`rules.${step.rule}`, { _: step.rule })}</Typography>
          <Typography variant="caption" color="text.secondary" component="div">
            {step.rule} · {translate('app.trace.citation')}：{step.citation}
          </Typography>
          <Box component="code" sx={{ display: 'block', fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all', mt: 0.5 }}>
            {shown(step.inputs)} → {shown(step.output)}
          </Box>
          {step.interpretation ? (
            <Chip size="small" sx={{ mt: 0.5 }} label={`${translate('app.trace.interpretation')}：${step.interpretation}`} />
          ) : null}
          {step.note ? (
            <Typography variant="caption" component="div">
              {translate('app.trace.note')}：{step.note}
            </Typography>
          ) : null}
        </ListItem>
      ))}
    </List>
  );
};

/** A drawer with the trace behind a figure; opened by its own button (`trigger` replaces the icon). */
export const TraceDrawer = ({
  trace,
  title,
  packVersion,
  trigger,
}: {
  trace: readonly TraceStepLike[];
  title?: ReactNode;
  packVersion?: string | null;
  trigger?: (open: () => void) => ReactNode;
}) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      {trigger ? (
        trigger(() => setOpen(true))
      ) : (
        <Tooltip title={translate('app.trace.open')}>
          <IconButton size="small" aria-label={translate('app.trace.open')} onClick={() => setOpen(true)} data-testid="open-trace">
            <InfoIcon fontSize="inherit" />
          </IconButton>
        </Tooltip>
      )}
      <Drawer anchor="right" open={open} onClose={() => setOpen(false)}>
        <Box sx={{ width: { xs: 320, sm: 480 }, p: 2 }} role="dialog" aria-label={translate('app.trace.title')} data-testid="trace-drawer">
          <Stack spacing={0.5}>
            <Typography variant="h6">{translate('app.trace.title')}</Typography>
            {title ? <Typography variant="body2">{title}</Typography> : null}
            {packVersion ? (
              <Typography variant="caption" color="text.secondary">
                {translate('app.trace.pack', { version: packVersion })}
              </Typography>
            ) : null}
          </Stack>
          <Divider sx={{ my: 1 }} />
          <TraceSteps trace={trace} />
        </Box>
      </Drawer>
    </>
  );
};

/** A figure that `shared` computed, with the button that opens the rules behind it. */
export const ExplainedFigure = ({
  value,
  trace,
  title,
  packVersion,
}: {
  value: ReactNode;
  trace: readonly TraceStepLike[];
  title?: ReactNode;
  packVersion?: string | null;
}) => (
  <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25 }} data-testid="explained-figure">
    <span>{value}</span>
    <TraceDrawer trace={trace} title={title ?? value} packVersion={packVersion} />
  </Box>
);
