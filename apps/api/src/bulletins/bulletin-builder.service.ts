import { Inject, Injectable } from '@nestjs/common';
import {
  type BulletinFigures,
  type BulletinPeriodKind,
  bulletinMonths,
  bulletinPeriodLabel,
  chinaDateOf,
  chineseDate,
  lastDayOfMonth,
  parsePeriod,
  type SessionUser,
} from '@bizenv/shared';
import { Clock } from '../common/clock.js';
import {
  BULLETIN_DASHBOARD_SOURCE,
  type BulletinDashboardSource,
} from './bulletin-dashboard-source.js';
import { renderBulletinDocx } from './bulletin-docx.js';
import {
  buildFigures,
  buildLedger,
  type CriticisedDepartment,
  criticisedDepartments,
} from './bulletin-figures.js';
import { BulletinLedgerRepository } from './bulletin-ledger.repository.js';
import { renderBulletinXlsx } from './bulletin-xlsx.js';

export interface BuiltBulletin {
  title: string;
  figures: BulletinFigures;
  criticised: CriticisedDepartment[];
  docx: Buffer;
  xlsx: Buffer;
}

/**
 * Builds a bulletin's content: reads the dashboard as of the period's last day (today while the
 * period runs), turns it into figures, ledger and criticised departments, and renders the Word
 * document and the Excel ledger. Reads only; storing is the caller's business.
 */
@Injectable()
export class BulletinBuilderService {
  constructor(
    @Inject(BULLETIN_DASHBOARD_SOURCE) private readonly source: BulletinDashboardSource,
    private readonly ledger: BulletinLedgerRepository,
    private readonly clock: Clock,
  ) {}

  async build(
    user: SessionUser,
    jurisdictionCode: string,
    periodKind: BulletinPeriodKind,
    period: string,
  ): Promise<BuiltBulletin> {
    const now = this.clock.now();
    const today = chinaDateOf(now);
    const months = bulletinMonths(periodKind, period);
    const lastMonth = months[months.length - 1]!;
    const { year, month } = parsePeriod(lastMonth);
    const periodEnd = lastDayOfMonth(year, month);
    const asOf = periodEnd < today ? periodEnd : today;
    // The end of asOf in China (UTC+8) as an instant: later submissions were not there yet.
    const endOfAsOf = new Date(Date.parse(`${asOf}T23:59:59.999+08:00`)).toISOString();

    const [dashboard, tasks, reportLists, extras] = await Promise.all([
      this.source.dashboard(user, jurisdictionCode, asOf),
      this.source.tasks(user, jurisdictionCode, asOf),
      Promise.all(months.map((m) => this.source.reports(user, jurisdictionCode, asOf, m))),
      this.ledger.extras(jurisdictionCode, lastMonth, endOfAsOf),
    ]);
    const reports = reportLists.flat();
    const name = dashboard.jurisdiction.name;
    const periodLabel = bulletinPeriodLabel(periodKind, period);
    const title = `${name}优化营商环境工作${periodLabel}通报`;
    const figures = buildFigures({
      jurisdictionName: name,
      periodLabel,
      dashboard,
      reports,
      tasks,
    });
    const issuer = `${name}优化营商环境工作领导小组办公室`;
    const [docx, xlsx] = await Promise.all([
      renderBulletinDocx({ title, issuer, issuedOn: chineseDate(today), figures }),
      renderBulletinXlsx({
        title,
        creator: issuer,
        generatedAt: now,
        rows: buildLedger({ dashboard, tasks }, extras),
      }),
    ]);
    return {
      title,
      figures,
      criticised: criticisedDepartments(dashboard, reports),
      docx,
      xlsx,
    };
  }
}
