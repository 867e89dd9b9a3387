export * from './benefit-dates.js';
export * from './benefit-events.js';
export * from './params.js';
export * from './waiting-period.js';
