export * from './accounts.js';
export * from './decide-posting.js';
export * from './posting-kinds.js';
export * from './reversal.js';
