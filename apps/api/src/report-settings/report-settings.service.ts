import { Injectable } from '@nestjs/common';
import {
  DEFAULT_REMINDER_WORKING_DAYS,
  DEFAULT_REPORT_DUE_DAY,
  type JurisdictionSettingsResponse,
  type SessionUser,
  type UpdateJurisdictionSettingsRequest,
} from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { AppError } from '../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { ReportSettingsRepository, type SettingValues } from './report-settings.repository.js';

/**
 * A jurisdiction's reporting settings: the due day of monthly reports and how many working
 * days before it reminders go out. A jurisdiction without a saved row uses the defaults and
 * answers version 0; the first save sends version 0.
 */
@Injectable()
export class ReportSettingsService {
  constructor(
    private readonly settings: ReportSettingsRepository,
    private readonly access: AccessPolicy,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(user: SessionUser, jurisdictionCode: string): Promise<JurisdictionSettingsResponse> {
    await this.access.assertCanReadJurisdiction(user, jurisdictionCode);
    return this.settingsOf(jurisdictionCode);
  }

  /** The settings used for computations (no permission check: the caller has done its own). */
  async settingsOf(jurisdictionCode: string): Promise<JurisdictionSettingsResponse> {
    const row = await this.settings.find(jurisdictionCode);
    return {
      jurisdictionCode,
      reportDueDay: row?.reportDueDay ?? DEFAULT_REPORT_DUE_DAY,
      reminderWorkingDays: row?.reminderWorkingDays ?? DEFAULT_REMINDER_WORKING_DAYS,
      version: row?.version ?? 0,
    };
  }

  /** Due day per jurisdiction, defaults filled in, for computations over several jurisdictions. */
  async dueDays(codes: string[]): Promise<Map<string, number>> {
    const rows = await this.settings.findMany(codes);
    const saved = new Map(rows.map((row) => [row.jurisdictionCode, row.reportDueDay]));
    return new Map(codes.map((code) => [code, saved.get(code) ?? DEFAULT_REPORT_DUE_DAY]));
  }

  async update(
    user: SessionUser,
    jurisdictionCode: string,
    request: UpdateJurisdictionSettingsRequest,
  ): Promise<JurisdictionSettingsResponse> {
    await this.access.assertOfficeOf(user, jurisdictionCode);
    const values: SettingValues = {
      reportDueDay: request.reportDueDay,
      reminderWorkingDays: request.reminderWorkingDays,
    };
    await this.transactions.run(async (manager) => {
      const existing = await this.settings.find(jurisdictionCode, manager);
      const now = this.clock.now();
      if (existing === null) {
        if (request.version !== 0) throw new AppError('VERSION_CONFLICT');
        await this.settings.insert(manager, jurisdictionCode, values, user.id, now);
      } else if (
        !(await this.settings.update(
          manager,
          jurisdictionCode,
          values,
          request.version,
          user.id,
          now,
        ))
      ) {
        throw new AppError('VERSION_CONFLICT');
      }
      await this.audit.record(manager, {
        action: 'jurisdiction.settings.update',
        targetType: 'jurisdiction_setting',
        targetId: jurisdictionCode,
        before: existing && {
          reportDueDay: existing.reportDueDay,
          reminderWorkingDays: existing.reminderWorkingDays,
        },
        after: values,
      });
    });
    return this.settingsOf(jurisdictionCode);
  }
}
