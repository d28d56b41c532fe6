import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AccessGuard } from './access/access.guard.js';
import { AccessModule } from './access/access.module.js';
import { AssessmentModule } from './assessment/assessment.module.js';
import { AuditModule } from './audit/audit.module.js';
import { FieldCipherModule } from './common/crypto/field-cipher.module.js';
import { AttachmentsModule } from './attachments/attachments.module.js';
import { AuthModule } from './auth/auth.module.js';
import { BulletinsModule } from './bulletins/bulletins.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { ClockModule } from './common/clock.module.js';
import { ApiExceptionFilter } from './common/api-exception.filter.js';
import { createValidationPipe } from './common/validation.pipe.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DashboardsModule } from './dashboards/dashboards.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DepartmentsModule } from './departments/departments.module.js';
import { HealthModule } from './health/health.module.js';
import { JurisdictionsModule } from './jurisdictions/jurisdictions.module.js';
import { LedgersModule } from './ledgers/ledgers.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { NoticesModule } from './notices/notices.module.js';
import { PlanImportModule } from './plan-import/plan-import.module.js';
import { ProblemsModule } from './problems/problems.module.js';
import { SchedulerModule } from './scheduler/scheduler.module.js';
import { PlansModule } from './plans/plans.module.js';
import { ReportSettingsModule } from './report-settings/report-settings.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { SeedingModule } from './seeding/seeding.module.js';
import { TaskTrackingModule } from './task-tracking/task-tracking.module.js';
import { TasksModule } from './tasks/tasks.module.js';
import { AccountsStartupModule } from './users/accounts-startup.module.js';
import { UsersModule } from './users/users.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(config.database),
        ClockModule,
        AccessModule,
        AuditModule,
        FieldCipherModule,
        CalendarModule,
        AuthModule,
        UsersModule,
        AccountsStartupModule,
        SeedingModule,
        HealthModule,
        JurisdictionsModule,
        DepartmentsModule,
        PlansModule,
        TasksModule,
        TaskTrackingModule,
        NotificationsModule,
        ProblemsModule,
        NoticesModule,
        SchedulerModule,
        AttachmentsModule,
        ReportSettingsModule,
        ReportsModule,
        DashboardsModule,
        BulletinsModule,
        AssessmentModule,
        LedgersModule,
        PlanImportModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}
