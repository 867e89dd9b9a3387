export * from './accounts.js';
export * from './decide-posting.js';
export * from './fund-statement.js';
export * from './fund-warnings.js';
export * from './grant.js';
export * from './posting-kinds.js';
export * from './reconcile-statements.js';
export * from './reversal.js';
