import { Box, Typography } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { ExplainedFigure, type TraceStepLike } from '../common/TraceDrawer';

interface ScorecardLink {
  latest: { scorecardId: string; year: number; total: string } | null;
  paramsSet: boolean;
  renewal: 'renew' | 'notRenew' | 'notSet';
  feeShare: string | null;
  trace: TraceStepLike[];
}

/**
 * The institution's latest signed-off annual score and what the region's parameters make of it for
 * this agreement's renewal and fees (Xinjiang art. 27), explained; "not set" where the region sets no figures.
 */
export const ScorecardLinkField = (_props: { label?: string }) => {
  const record = useRecordContext<{ scorecardLink?: ScorecardLink | null }>();
  const translate = useTranslate();
  const link = record?.scorecardLink;
  if (!link) return null;
  return (
    <Box data-testid="agreement-scorecard-link">
      <Typography variant="body2">
        {link.latest ? (
          <>
            <Link to={`/AnnualScorecard/${link.latest.scorecardId}/show`}>
              {translate('app.agreements.scorecard_year', { year: link.latest.year })}
            </Link>
            ：
            <ExplainedFigure
              value={<b data-testid="agreement-scorecard-total">{link.latest.total}</b>}
              trace={link.trace}
              title={translate('app.agreements.scorecard_link')}
            />
          </>
        ) : (
          <ExplainedFigure value={translate('app.agreements.scorecard_none')} trace={link.trace} />
        )}
      </Typography>
      <Typography variant="body2" color={link.paramsSet ? 'text.primary' : 'text.secondary'} data-testid="agreement-scorecard-renewal">
        {translate(`app.agreements.scorecard_renewal.${link.renewal}`)}
        {link.feeShare ? `；${translate('app.agreements.scorecard_fee_share', { share: link.feeShare })}` : ''}
      </Typography>
    </Box>
  );
};
