import type {
  DashboardReportRow,
  DashboardTaskRow,
  JurisdictionDashboardResponse,
  SessionUser,
} from '@bizenv/shared';

/**
 * What a bulletin reads from the dashboards feature: the dashboard, its "all tasks" drill-down
 * and its report obligations of a month, each as of a day. Provided in BulletinsModule by the
 * dashboards' own services, so the bulletin's figures are the dashboard's figures.
 */
export interface BulletinDashboardSource {
  dashboard(user: SessionUser, code: string, asOf: string): Promise<JurisdictionDashboardResponse>;
  tasks(user: SessionUser, code: string, asOf: string): Promise<DashboardTaskRow[]>;
  reports(
    user: SessionUser,
    code: string,
    asOf: string,
    period: string,
  ): Promise<DashboardReportRow[]>;
}

export const BULLETIN_DASHBOARD_SOURCE = Symbol('BulletinDashboardSource');
