/** Parameters of the fund rules in a policy pack (stub: the fund owner fills this in). */
// biome-ignore lint/complexity/noBannedTypes: stub until the domain lands
export type FundParams = {};
