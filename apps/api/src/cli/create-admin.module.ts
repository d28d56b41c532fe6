import { type DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { ClockModule } from '../common/clock.module.js';
import { FieldCipherModule } from '../common/crypto/field-cipher.module.js';
import type { AppConfig } from '../config/app-config.js';
import { ConfigModule } from '../config/config.module.js';
import { DatabaseModule } from '../database/database.module.js';
import { SeedingModule } from '../seeding/seeding.module.js';
import { UsersModule } from '../users/users.module.js';

/**
 * Just what create-admin needs: the database (migrated on connect), the seeds (a fresh install
 * gets its jurisdictions, as at the app's first start), users and the audit log. No HTTP, and
 * none of the app's background work.
 */
@Module({})
export class CreateAdminModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CreateAdminModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(config.database),
        ClockModule,
        // The audit log's own services need AccessPolicy.
        AccessModule,
        AuditModule,
        FieldCipherModule,
        SeedingModule,
        UsersModule,
      ],
    };
  }
}
