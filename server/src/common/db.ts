import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from './context.js';
import { forgetCounts } from './count-cache.js';
import { Scope } from './scope.js';

/** Set while a transaction's work runs: any other connection asked of the pool then is a bug. */
const inTransaction = new AsyncLocalStorage<string>();

export class SecondConnectionError extends Error {
  constructor(work: string) {
    super(`a query inside the transaction of "${work}" asked the pool for a second connection: use the transaction's manager`);
  }
}

/**
 * The only way services reach the database. A change runs in one transaction whose every query
 * goes through it; a query that reaches past it to the pool fails at once with
 * SecondConnectionError, instead of deadlocking the pool under load (each request would hold one
 * connection while waiting for another).
 */
export class Db {
  constructor(readonly dataSource: DataSource) {
    guardPool(dataSource);
  }

  /** Reads for a caller, one statement at a time from the pool, scoped to the caller's regions. */
  read<T>(caller: Caller, work: (scope: Scope) => Promise<T>): Promise<T> {
    return work(new Scope(this.dataSource.manager, caller));
  }

  /** A change for a caller: one transaction, scoped to the caller's regions. */
  write<T>(caller: Caller, name: string, work: (scope: Scope) => Promise<T>): Promise<T> {
    return this.transaction(name, (em) => work(new Scope(em, caller)));
  }

  /** A transaction on tables that no region owns (sign-in, the calendar), under the same guard. */
  transaction<T>(name: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((em) => inTransaction.run(name, () => work(em))).finally(forgetCounts);
  }

  /** Reads of tables that no region owns. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}

const guarded = new WeakSet<object>();

/** Wrap the pg pool's `connect` so that one asked for inside a transaction's work is refused. */
function guardPool(dataSource: DataSource): void {
  const pool = (dataSource.driver as unknown as { master?: { connect: (...args: unknown[]) => unknown } }).master;
  if (!pool || guarded.has(pool)) return;
  guarded.add(pool);
  const connect = pool.connect.bind(pool);
  pool.connect = (...args: unknown[]) => {
    const work = inTransaction.getStore();
    if (work !== undefined) {
      const error = new SecondConnectionError(work);
      const callback = args.find((a) => typeof a === 'function') as ((e: Error) => void) | undefined;
      if (callback) return callback(error);
      return Promise.reject(error);
    }
    return connect(...args);
  };
}
