import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReportSettingsModule } from '../report-settings/report-settings.module.js';
import { AssessmentExportService } from './assessment-export.service.js';
import { AssessmentFactsRepository } from './assessment-facts.repository.js';
import { AssessmentFactsService } from './assessment-facts.service.js';
import { AssessmentPublicationEntity } from './assessment-publication.entity.js';
import { AssessmentRuleSetEntity } from './assessment-rule-set.entity.js';
import { AssessmentRulesService } from './assessment-rules.service.js';
import { AssessmentController } from './assessment.controller.js';
import { AssessmentRepository } from './assessment.repository.js';
import { AssessmentService } from './assessment.service.js';

/** Year-end assessment (考核): editable rules, live results, published snapshots, .xlsx export. */
@Module({
  imports: [
    TypeOrmModule.forFeature([AssessmentRuleSetEntity, AssessmentPublicationEntity]),
    ReportSettingsModule,
  ],
  controllers: [AssessmentController],
  providers: [
    AssessmentRepository,
    AssessmentFactsRepository,
    AssessmentFactsService,
    AssessmentRulesService,
    AssessmentService,
    AssessmentExportService,
  ],
})
export class AssessmentModule {}
