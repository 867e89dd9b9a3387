/** Parameters of the assessment rules in a policy pack (stub: the assessment owner fills this in). */
// biome-ignore lint/complexity/noBannedTypes: stub until the domain lands
export type AssessmentParams = {};
