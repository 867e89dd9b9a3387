export * from './complaint-workflow.js';
