/** Parameters of the contributions rules in a policy pack (stub: the contributions owner fills this in). */
// biome-ignore lint/complexity/noBannedTypes: stub until the domain lands
export type ContributionParams = {};
