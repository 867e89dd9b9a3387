export * from './consequences.js';
export * from './disclosure.js';
export * from './inspection-workflow.js';
export * from './quality.js';
export * from './recovery.js';
export * from './rectification-workflow.js';
export * from './risk.js';
export * from './selection.js';
