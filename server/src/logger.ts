import pino from 'pino';

// An unknown LOG_LEVEL is refused with the rest of the configuration (config.ts), not by pino at import.
const wanted = process.env.LOG_LEVEL;
const known = wanted === 'silent' || (wanted !== undefined && Object.hasOwn(pino.levels.values, wanted));
const fallback = process.env.NODE_ENV === 'test' ? 'silent' : 'info';

export const logger = pino({ level: known ? wanted : fallback });
