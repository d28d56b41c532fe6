import { Module } from '@nestjs/common';
import { ReportsModule } from '../../reports/reports.module.js';
import { DemoHistoryRepository } from './demo-history.repository.js';
import { DemoHistoryWriter } from './demo-history-writer.repository.js';
import { DemoHistoryService } from './demo-history.service.js';

/** The demo history (docs/demo-history.md): seeded after the demo accounts, before the scheduler. */
@Module({
  imports: [ReportsModule],
  providers: [DemoHistoryService, DemoHistoryRepository, DemoHistoryWriter],
  exports: [DemoHistoryService],
})
export class DemoHistoryModule {}
