import { AuditChainRepository } from '../audit/audit-chain.repository.js';
import { AuditLogEntity } from '../audit/audit-log.entity.js';
import { AuditRetentionService } from '../audit/audit-retention.service.js';
import { AuditVerifierService } from '../audit/audit-verifier.service.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import type { createDataSource } from '../database/data-source.js';
import { TransactionRunner } from '../database/transaction-runner.js';

/** The audit services wired by hand for commands, which run without the Nest container. */
export function auditServices(
  dataSource: ReturnType<typeof createDataSource>,
  config: Pick<AppConfig, 'security'>,
) {
  const repository = new AuditRepository(dataSource.getRepository(AuditLogEntity));
  const chain = new AuditChainRepository(dataSource.getRepository(AuditLogEntity));
  const audit = new AuditService(repository, chain, new Clock(), config);
  return {
    audit,
    retention: new AuditRetentionService(
      new TransactionRunner(dataSource),
      repository,
      audit,
      chain,
      config,
    ),
    verifier: new AuditVerifierService(chain, config),
  };
}
