import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JurisdictionEntity } from './jurisdiction.entity.js';
import { JurisdictionsController } from './jurisdictions.controller.js';
import { JurisdictionsRepository } from './jurisdictions.repository.js';
import { JurisdictionsService } from './jurisdictions.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([JurisdictionEntity])],
  controllers: [JurisdictionsController],
  providers: [JurisdictionsService, JurisdictionsRepository],
  exports: [JurisdictionsService],
})
export class JurisdictionsModule {}
