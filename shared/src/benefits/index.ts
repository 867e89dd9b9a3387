export { annualCap } from './annual-cap.js';
export type { BenefitFlag, HomeVisit, HomeVisitInput, HomeVisitPayments, VisitPayment, VisitStatus } from './home-visits.js';
export { homeVisitPayments } from './home-visits.js';
export * from './month-quote.js';
export * from './params.js';
export { quoteBenefit } from './quote-benefit.js';
export * from './quote-types.js';
export { isEmployeeLike } from './validate-quote.js';
