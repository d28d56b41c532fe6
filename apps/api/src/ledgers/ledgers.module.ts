import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module.js';
import { TaskTrackingModule } from '../task-tracking/task-tracking.module.js';
import { BulkProgressController } from './bulk-progress.controller.js';
import { BulkProgressRepository } from './bulk-progress.repository.js';
import { BulkProgressService } from './bulk-progress.service.js';
import { LedgerExportService } from './ledger-export.service.js';
import { LedgerImportService } from './ledger-import.service.js';
import { LedgersController } from './ledgers.controller.js';
import { LedgersRepository } from './ledgers.repository.js';

/** Excel ledgers (台账) of a plan's tasks, and a department's period reports as a workbook. */
@Module({
  imports: [TaskTrackingModule, ReportsModule],
  controllers: [LedgersController, BulkProgressController],
  providers: [
    LedgersRepository,
    LedgerExportService,
    LedgerImportService,
    BulkProgressRepository,
    BulkProgressService,
  ],
})
export class LedgersModule {}
