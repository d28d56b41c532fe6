import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReportSettingsModule } from '../report-settings/report-settings.module.js';
import { TaskEntity } from '../tasks/task.entity.js';
import { DashboardContextService } from './dashboard-context.service.js';
import { DashboardDrilldownService } from './dashboard-drilldown.service.js';
import { DashboardQueryRepository } from './dashboard-query.repository.js';
import { DashboardRollupService } from './dashboard-rollup.service.js';
import { DashboardsController } from './dashboards.controller.js';
import { DashboardsRepository } from './dashboards.repository.js';
import { JurisdictionDashboardService } from './jurisdiction-dashboard.service.js';

/**
 * Jurisdiction dashboards as of a date, roll-ups and drill-downs. Exports the dashboard and
 * roll-up services so bulletins and the assessment take the same figures.
 */
@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity]), ReportSettingsModule],
  controllers: [DashboardsController],
  providers: [
    DashboardQueryRepository,
    DashboardsRepository,
    DashboardContextService,
    JurisdictionDashboardService,
    DashboardRollupService,
    DashboardDrilldownService,
  ],
  exports: [
    JurisdictionDashboardService,
    DashboardRollupService,
    DashboardContextService,
    // Bulletins read the task and report drill-downs for their ledger and lateness tables.
    DashboardDrilldownService,
  ],
})
export class DashboardsModule {}
