import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DashboardDrilldownService } from '../dashboards/dashboard-drilldown.service.js';
import { DashboardsModule } from '../dashboards/dashboards.module.js';
import { JurisdictionDashboardService } from '../dashboards/jurisdiction-dashboard.service.js';
import { ReportsModule } from '../reports/reports.module.js';
import { BulletinBuilderService } from './bulletin-builder.service.js';
import {
  BULLETIN_DASHBOARD_SOURCE,
  type BulletinDashboardSource,
} from './bulletin-dashboard-source.js';
import { BulletinDepartmentEntity } from './bulletin-department.entity.js';
import { BulletinLedgerRepository } from './bulletin-ledger.repository.js';
import { BulletinPublishingService } from './bulletin-publishing.service.js';
import { BulletinStorage } from './bulletin-storage.js';
import { BulletinEntity } from './bulletin.entity.js';
import { BulletinsController } from './bulletins.controller.js';
import { BulletinsRepository } from './bulletins.repository.js';
import { BulletinsService } from './bulletins.service.js';

/** Monthly and quarterly bulletins (通报): generation, files, publishing and report locks. */
@Module({
  imports: [
    TypeOrmModule.forFeature([BulletinEntity, BulletinDepartmentEntity]),
    DashboardsModule,
    // Its ReportPeriodLocksRepository: publishing locks the months' reports.
    ReportsModule,
  ],
  controllers: [BulletinsController],
  providers: [
    BulletinsRepository,
    BulletinLedgerRepository,
    BulletinStorage,
    BulletinBuilderService,
    BulletinsService,
    BulletinPublishingService,
    {
      provide: BULLETIN_DASHBOARD_SOURCE,
      inject: [JurisdictionDashboardService, DashboardDrilldownService],
      useFactory: (
        dashboards: JurisdictionDashboardService,
        drilldowns: DashboardDrilldownService,
      ): BulletinDashboardSource => ({
        dashboard: (_user, code, asOf) => dashboards.at(code, asOf),
        tasks: async (user, code, asOf) => (await drilldowns.tasks(user, code, asOf, 'all')).items,
        reports: async (user, code, asOf, period) =>
          (await drilldowns.reports(user, code, { asOf, period })).items,
      }),
    },
  ],
})
export class BulletinsModule {}
