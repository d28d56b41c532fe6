import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditChainRepository } from './audit-chain.repository.js';
import { AuditLogEntity } from './audit-log.entity.js';
import { AuditRetentionService } from './audit-retention.service.js';
import { AuditSearchService } from './audit-search.service.js';
import { AuditController } from './audit.controller.js';
import { AuditRepository } from './audit.repository.js';
import { AuditService } from './audit.service.js';
import { AuditVerifierService } from './audit-verifier.service.js';

/** The audit log: AuditService.record is injectable everywhere (global module). */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditLogEntity])],
  controllers: [AuditController],
  providers: [
    AuditService,
    AuditSearchService,
    AuditRetentionService,
    AuditVerifierService,
    AuditRepository,
    AuditChainRepository,
  ],
  exports: [AuditService],
})
export class AuditModule {}
