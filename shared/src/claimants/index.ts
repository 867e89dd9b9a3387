export * from './claimant-eligibility.js';
export * from './claimant-record.js';
export * from './contribution-history.js';
export * from './masking.js';
export * from './resident-id.js';
export * from './sanction.js';
