export * from './params.js';
export * from './credit-code.js';
