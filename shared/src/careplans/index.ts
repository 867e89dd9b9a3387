export * from './care-plan.js';
export * from './catalogue.js';
export * from './plan-dates.js';
