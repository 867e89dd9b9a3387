export * from './audit-facts.js';
export * from './audit-rules.js';
export * from './declaration-workflow.js';
export * from './declared-record.js';
export * from './params.js';
export * from './smart-audit.js';
