import { D } from '../core/money.js';
import { type Trace, Tracer } from '../core/trace.js';

/**
 * How a region ties the signed-off annual score to the agreement (Xinjiang art. 27: 考核结果与评估
 * 服务协议续签、服务费用支付等挂钩): the least score for a renewal, and the share of the fees paid
 * by score band. `null` where the region's documents state the link but set no figures.
 */
export interface ScorecardLinkParams {
  /** The least total for the agreement to be renewed, e.g. "60". */
  renewalMinScore: string;
  /** Fee share paid by band, highest band first: from `minScore` up, `paidShare` of the fees (e.g. "0.95"). */
  feeBands: readonly { minScore: string; paidShare: string }[];
  citation: string;
}

/**
 * The regions' parameters. Xinjiang art. 27 (Tumxuk) states the link without thresholds or shares,
 * and the Qinhuangdao rules set none either: no region has figures, so none is guessed here.
 */
export const SCORECARD_LINK_PARAMS: Readonly<Record<string, ScorecardLinkParams | null>> = {
  qinhuangdao: null,
  tumxuk: null,
};

export interface SignedOffScore {
  scorecardId: string;
  year: number;
  total: string;
}

export interface ScorecardLink {
  /** The latest signed-off (locked) year, or null when none is signed off yet. */
  latest: SignedOffScore | null;
  /** Whether the region has set figures for the link. */
  paramsSet: boolean;
  /** `renew` / `notRenew` by the region's least score; `notSet` without figures or without a signed-off year. */
  renewal: 'renew' | 'notRenew' | 'notSet';
  /** Share of the fees paid, e.g. "0.95"; null when not set. */
  feeShare: string | null;
}

/** The signed-off result's consequence for the agreement, with its trace (Xinjiang art. 27). */
export function scorecardAgreementLink(
  latest: SignedOffScore | null,
  params: ScorecardLinkParams | null,
): { value: ScorecardLink; trace: Trace } {
  const t = new Tracer();
  t.step(
    'scorecard.link.latest',
    'Xinjiang art. 27; Product rule: the latest signed-off annual scorecard is the result the agreement reads',
    { signedOff: latest },
    latest ? latest.total : null,
  );
  t.step(
    'scorecard.link.params',
    'Xinjiang art. 27',
    { params },
    params !== null,
    params ? undefined : { note: '本统筹地区未设定考核结果与协议续签、费用支付挂钩的分数线（细则第二十七条仅规定挂钩，未定标准）' },
  );
  if (!latest || !params) {
    t.step('scorecard.link.renewal', 'Xinjiang art. 27', { total: latest?.total ?? null }, 'notSet');
    return { value: { latest, paramsSet: params !== null, renewal: 'notSet', feeShare: null }, trace: t.steps };
  }
  const total = new D(latest.total);
  const renewal = t.step(
    'scorecard.link.renewal',
    params.citation,
    { total: latest.total, renewalMinScore: params.renewalMinScore },
    total.gte(params.renewalMinScore) ? ('renew' as const) : ('notRenew' as const),
  );
  const band = params.feeBands.find((b) => total.gte(b.minScore));
  const feeShare = t.step(
    'scorecard.link.feeShare',
    params.citation,
    { total: latest.total, bands: params.feeBands },
    band?.paidShare ?? '0',
  );
  return { value: { latest, paramsSet: true, renewal, feeShare }, trace: t.steps };
}
