export * from './calendar.data.js';
export * from './calendar.js';
export * from './calendar-year.js';
export * from './citation.js';
export * from './dates.js';
export * from './money.js';
export * from './result.js';
export * from './trace.js';
