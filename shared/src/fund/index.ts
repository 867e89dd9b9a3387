export * from './fund-actuarial.js';
export * from './fund-indicators.js';
export * from './fund-projection.js';
export * from './fund-series.js';
export * from './params.js';
export * from './reconcile-accounts.js';
export * from './tpa-fee-cap.js';
