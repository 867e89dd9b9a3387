export * from './commitments.js';
export * from './fee.js';
export * from './params.js';
export * from './score.js';
