import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import { initializeDatabase } from './database-initializer.js';
import { TransactionRunner } from './transaction-runner.js';

/** Connects to the configured database (migrated and checked) and provides TransactionRunner. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(config: DatabaseConfig): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          // A failed migration or a bad SQLite setting will not heal by retrying: fail at once.
          useFactory: () => ({ toRetry: () => false }),
          dataSourceFactory: () => initializeDatabase(config),
        }),
      ],
      providers: [TransactionRunner],
      exports: [TransactionRunner],
    };
  }
}
