import { useRecordContext, useTranslate } from 'react-admin';
import { ExplainedFigure } from '../common/TraceDrawer';
import type { DesignationRecord } from './choices';

/** The art. 8 review time left, pauses excluded, with its explanation. */
export const ClockField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<DesignationRecord>();
  const translate = useTranslate();
  const clock = record?.reviewClock;
  if (!clock) return <span>—</span>;
  const text = clock.paused
    ? translate('app.designations.clock_paused')
    : translate('app.designations.clock_value', { days: clock.remainingDays, due: clock.due });
  return (
    <span data-testid="review-clock" style={{ color: !clock.paused && clock.remainingDays < 15 ? '#c62828' : undefined }}>
      <ExplainedFigure value={text} trace={clock.trace} title={translate('app.designations.clock')} />
    </span>
  );
};
