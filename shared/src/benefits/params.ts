/** Parameters of the benefits rules in a policy pack (stub: the benefits owner fills this in). */
// biome-ignore lint/complexity/noBannedTypes: stub until the domain lands
export type BenefitParams = {};
