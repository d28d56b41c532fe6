import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Mutex } from './mutex.js';

/**
 * Runs top-level transactions. Every write must go through here.
 *
 * TypeORM's better-sqlite3 driver has ONE query runner for the whole process, so two
 * transactions opened at the same time would nest as savepoints of each other: one request's
 * rollback would undo the other's committed work (typeorm/typeorm#1884, #3919). On SQLite the
 * transactions therefore queue behind a mutex. PostgreSQL gives each transaction its own
 * pooled connection and needs no queue.
 */
@Injectable()
export class TransactionRunner {
  private readonly sqliteQueue: Mutex | null;
  private readonly inTransaction = new AsyncLocalStorage<true>();

  constructor(private readonly dataSource: DataSource) {
    this.sqliteQueue = dataSource.options.type === 'better-sqlite3' ? new Mutex() : null;
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    // Waiting for the queue from inside a queued transaction would wait forever.
    if (this.inTransaction.getStore()) {
      throw new Error(
        'TransactionRunner.run called inside a transaction: pass its EntityManager down instead',
      );
    }
    const transaction = () =>
      this.inTransaction.run(true, () => this.dataSource.transaction((manager) => work(manager)));
    return this.sqliteQueue ? this.sqliteQueue.run(transaction) : transaction();
  }
}
