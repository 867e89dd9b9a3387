export * from './assessment.js';
export * from './commitments.js';
export * from './contract.js';
export * from './fee.js';
export * from './instalment.js';
export * from './params.js';
export * from './score.js';
export * from './tpa-workflows.js';
