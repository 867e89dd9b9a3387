export * from './calendar.data.js';
export * from './calendar.js';
export * from './pack-types.js';
