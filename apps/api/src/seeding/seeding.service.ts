import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { readSeedBundle } from './seed-files.js';
import { checkSeedReferences } from './seed-references.js';
import { type SeedCounts, SeedingRepository } from './seeding.repository.js';

/**
 * Loads SEEDS_DIR into an empty database at start-up (after the migrations), so a fresh
 * install opens on the real plans. A database that has plans is left alone.
 */
@Injectable()
export class SeedingService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seeding');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seeding: SeedingRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seedIfEmpty();
  }

  /** Returns what was inserted, or null when the database already had plans. */
  async seedIfEmpty(): Promise<SeedCounts | null> {
    if (await this.seeding.hasPlans()) return null;
    const bundle = await readSeedBundle(this.config.seedsDir);
    checkSeedReferences(bundle);
    const counts = await this.seeding.insertBundle(bundle);
    this.logger.log(
      `已导入种子数据（${this.config.seedsDir}）：${counts.jurisdictions} 个辖区、${counts.departments} 个部门、` +
        `${counts.plans} 个方案、${counts.tasks} 条任务`,
    );
    return counts;
  }
}
