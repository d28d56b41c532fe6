import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { databaseKind } from '../database/data-source.js';

@Injectable()
export class HealthRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Fails if the database does not answer a trivial query. */
  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  kind(): 'sqlite' | 'postgres' {
    return databaseKind(this.dataSource);
  }
}
