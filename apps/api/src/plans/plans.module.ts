import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JurisdictionsModule } from '../jurisdictions/jurisdictions.module.js';
import { IndicatorAssignmentEntity } from './indicator-assignment.entity.js';
import { PlanPhaseEntity } from './plan-phase.entity.js';
import { PlanSectionEntity } from './plan-section.entity.js';
import { PlanEntity } from './plan.entity.js';
import { PlansController } from './plans.controller.js';
import { PlansRepository } from './plans.repository.js';
import { PlansService } from './plans.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      PlanEntity,
      PlanPhaseEntity,
      PlanSectionEntity,
      IndicatorAssignmentEntity,
    ]),
    JurisdictionsModule,
  ],
  controllers: [PlansController],
  providers: [PlansService, PlansRepository],
  exports: [PlansService],
})
export class PlansModule {}
