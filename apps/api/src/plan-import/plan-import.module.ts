import { Module } from '@nestjs/common';
import { PlanImportController } from './plan-import.controller.js';
import { PlanImportRepository } from './plan-import.repository.js';
import { PlanImportService } from './plan-import.service.js';

@Module({
  controllers: [PlanImportController],
  providers: [PlanImportService, PlanImportRepository],
})
export class PlanImportModule {}
