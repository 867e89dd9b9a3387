import { createHmac } from 'node:crypto';
import { maskPhone, maskResidentId, normaliseResidentId } from '@ltci/shared';
import type { DataSource, EntityManager } from 'typeorm';

const keys = new WeakMap<DataSource, Promise<string>>();

/** The database's secret key for identity-number hashes (made by the claimants migration), read once per process. */
function keyOf(em: EntityManager): Promise<string> {
  const source = em.connection;
  let key = keys.get(source);
  if (!key) {
    key = em.query('SELECT key FROM claimant_id_key').then((rows: { key: string }[]) => rows[0].key);
    keys.set(source, key);
    key.catch(() => keys.delete(source));
  }
  return key;
}

/**
 * HMAC-SHA256 of a whole identity number: the index a search by the full number uses, so the
 * number itself never has to appear in a WHERE clause, a query log or an audit row.
 */
export async function idNumberHash(em: EntityManager, idNumber: string): Promise<string> {
  return createHmac('sha256', await keyOf(em))
    .update(normaliseResidentId(idNumber))
    .digest('hex');
}

/** The columns that carry an identity number and a phone: the whole value, its masked copy, the search hash. */
export async function identityColumns(em: EntityManager, idNumber: string, phone: string | null | undefined) {
  const number = normaliseResidentId(idNumber);
  const trimmed = phone?.trim() || null;
  return {
    idNumber: number,
    idNumberMasked: maskResidentId(number),
    idNumberHash: await idNumberHash(em, number),
    phone: trimmed,
    phoneMasked: maskPhone(trimmed),
  };
}

/** A claimant as the audit trail records it: masked copies only, never the whole number or phone. */
export function auditable<T extends object>(row: T): Omit<T, 'idNumber' | 'idNumberHash' | 'phone' | 'eligibilityTrace'> {
  const {
    idNumber: _n,
    idNumberHash: _h,
    phone: _p,
    eligibilityTrace: _t,
    ...rest
  } = row as T & {
    idNumber?: unknown;
    idNumberHash?: unknown;
    phone?: unknown;
    eligibilityTrace?: unknown;
  };
  return rest;
}
