/** Parameters of the eligibility rules in a policy pack (stub: the eligibility owner fills this in). */
// biome-ignore lint/complexity/noBannedTypes: stub until the domain lands
export type EligibilityParams = {};
