import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JurisdictionSettingEntity } from './jurisdiction-setting.entity.js';
import { ReportSettingsController } from './report-settings.controller.js';
import { ReportSettingsRepository } from './report-settings.repository.js';
import { ReportSettingsService } from './report-settings.service.js';

/** Reporting settings per jurisdiction (due day, reminder lead time); reminders read them too. */
@Module({
  imports: [TypeOrmModule.forFeature([JurisdictionSettingEntity])],
  controllers: [ReportSettingsController],
  providers: [ReportSettingsRepository, ReportSettingsService],
  exports: [ReportSettingsService],
})
export class ReportSettingsModule {}
