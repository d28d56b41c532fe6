import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { TaskEntity } from '../tasks/task.entity.js';

/**
 * Runs the dashboards' raw SQL with named parameters (`:name`, `:...list`), turned into each
 * driver's placeholders by TypeORM — the same expansion QueryBuilder uses, without building
 * entities. Every dashboard repository goes through it.
 */
@Injectable()
export class DashboardQueryRepository {
  constructor(@InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>) {}

  async rows<T>(sql: string, parameters: Record<string, unknown>): Promise<T[]> {
    const driver = this.tasks.manager.connection.driver;
    const [query, values] = driver.escapeQueryWithParameters(sql, parameters);
    return (await this.tasks.manager.query(query, values)) as T[];
  }
}
