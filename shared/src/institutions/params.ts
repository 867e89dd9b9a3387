/** Parameters of the institutions rules in a policy pack (stub: the institutions owner fills this in). */
// biome-ignore lint/complexity/noBannedTypes: stub until the domain lands
export type InstitutionParams = {};
