import type { MiddlewareFn } from 'type-graphql';
import { BadUserInputError } from './errors.js';

/**
 * PostgreSQL text cannot hold U+0000: a string argument carrying one would fail in the database
 * as a 500. Refuse it up front, naming each argument (`filter.q`, `name`…) that carries one.
 */
export const rejectNulCharacters: MiddlewareFn = ({ args }, next) => {
  const fields: Record<string, string> = {};
  collect(args, '', fields);
  if (Object.keys(fields).length) throw new BadUserInputError(fields);
  return next();
};

function collect(value: unknown, path: string, fields: Record<string, string>): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) fields[path] = '不能包含空字符（U+0000）';
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) collect(item, `${path}.${i}`, fields);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) collect(item, path ? `${path}.${key}` : key, fields);
  }
}
