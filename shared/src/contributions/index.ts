export * from './compute-contribution.js';
export * from './contribution-input.js';
export * from './params.js';
