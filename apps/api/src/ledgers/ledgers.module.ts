import { Module } from '@nestjs/common';
import { TaskTrackingModule } from '../task-tracking/task-tracking.module.js';
import { LedgerExportService } from './ledger-export.service.js';
import { LedgerImportService } from './ledger-import.service.js';
import { LedgersController } from './ledgers.controller.js';
import { LedgersRepository } from './ledgers.repository.js';

/** Excel ledgers (台账): export, blank template and import of a plan's tasks. */
@Module({
  imports: [TaskTrackingModule],
  controllers: [LedgersController],
  providers: [LedgersRepository, LedgerExportService, LedgerImportService],
})
export class LedgersModule {}
