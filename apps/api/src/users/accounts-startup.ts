import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { DemoHistoryService } from '../seeding/demo-history/demo-history.service.js';
import { SeedingService } from '../seeding/seeding.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './demo-accounts.js';
import { UsersRepository } from './users.repository.js';

/**
 * At start-up: in demo mode, adds the demo accounts that are missing (after the plans, whose
 * catalog they need); in production mode, says how to create the first account when there is none.
 */
@Injectable()
export class AccountsStartup implements OnApplicationBootstrap {
  private readonly logger = new Logger('Accounts');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seeding: SeedingService,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly demoHistory: DemoHistoryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.appMode === 'demo') {
      // Start-up hooks of different modules run in no promised order: make sure the catalog is in.
      await this.seeding.seedIfEmpty();
      await this.seedDemoAccounts();
      // Its actors are the demo accounts: after them (docs/demo-history.md).
      await this.demoHistory.seedIfEmpty();
    } else if ((await this.users.count()) === 0) {
      this.logger.warn(
        '尚无任何用户账号。请创建第一个账号：ADMIN_PASSWORD=<密码> npm run create-admin -- ' +
          '--username <用户名> --jurisdiction <辖区代码> [--role office|system_admin]',
      );
    }
  }

  /** Idempotent: inserts only the demo accounts that do not exist yet. */
  private async seedDemoAccounts(): Promise<void> {
    const missing: {
      account: DemoAccount;
      departmentId: number | null;
      leaderId: number | null;
    }[] = [];
    for (const account of DEMO_ACCOUNTS) {
      if (await this.users.findByUsername(account.username)) continue;
      const department = account.departmentName
        ? await this.users.findDepartmentByName(account.jurisdictionCode, account.departmentName)
        : null;
      if (account.departmentName && !department) {
        throw new Error(
          `Demo account ${account.username}: department ${account.departmentName} not in the catalog`,
        );
      }
      const leaderId = account.leaderName
        ? await this.users.findLeaderId(account.jurisdictionCode, account.leaderName)
        : null;
      missing.push({ account, departmentId: department?.id ?? null, leaderId });
    }
    if (missing.length === 0) return;
    // One hash for all: the accounts share the demo password anyway.
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    await this.transactions.run(async (manager) => {
      for (const { account, departmentId, leaderId } of missing) {
        const user = await this.users.insert(manager, {
          username: account.username,
          displayName: account.displayName,
          role: account.role,
          jurisdictionCode: account.jurisdictionCode,
          departmentId,
          leaderId,
          passwordHash,
          mustChangePassword: false,
        });
        if (!user) continue;
        await this.audit.record(manager, {
          action: 'user.create',
          targetType: 'user',
          targetId: user.id,
          after: { username: user.username, role: user.role, demo: true },
          actor: { ...SYSTEM_ACTOR, jurisdictionCode: user.jurisdictionCode },
        });
      }
    });
    this.logger.log(`已创建 ${missing.length} 个演示账号（密码 ${DEMO_PASSWORD}，见 README）`);
  }
}
