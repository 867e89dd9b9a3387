import { ConflictError } from '../errors.js';

/**
 * Refuses a write made from a stale copy of a locked row (CONFLICT, reason STALE_VERSION): the
 * caller saw `expected`, the row is now at another version (someone else saved in between).
 */
export function refuseStaleVersion(row: { version: number }, expected: number): void {
  if (row.version !== expected)
    throw new ConflictError('该记录已被他人修改，请刷新后重试', undefined, {
      reason: 'STALE_VERSION',
      issues: [{ code: 'STALE_VERSION', path: 'expectedVersion', params: { expected, actual: row.version } }],
    });
}
