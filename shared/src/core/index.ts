export * from './calendar.data.js';
export * from './calendar.js';
export * from './calendar-year.js';
export * from './citation.js';
export * from './dates.js';
export * from './money.js';
export { PRODUCT_RULES_ZH } from './product-rules.js';
export * from './result.js';
export * from './trace.js';
