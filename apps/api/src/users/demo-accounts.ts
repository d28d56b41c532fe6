import type { Role } from '@bizenv/shared';

/**
 * The password of every demo account. It satisfies the password rules; demo accounts need not
 * change it, so the README journeys work as written. APP_MODE=production seeds none of them.
 */
export const DEMO_PASSWORD = 'Yingshang@2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  jurisdictionCode: string;
  /** A department of that jurisdiction, by its catalog name (department users only). */
  departmentName?: string;
  /** The leader (包抓领导) of that jurisdiction the account is, by name (leader accounts only). */
  leaderName?: string;
}

/** Keep in step with the "Demo accounts" table of the root README. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  // The installation's administrator sits at the province: no county's user list shows it.
  {
    username: 'admin',
    displayName: '系统管理员',
    role: 'system_admin',
    jurisdictionCode: '610000',
  },
  // Reads every city and county of the province (the API tests read all plans through it).
  {
    username: 'shaanxi.office',
    displayName: '陕西省营商办',
    role: 'office',
    jurisdictionCode: '610000',
  },
  {
    username: 'linyou.office',
    displayName: '麟游县营商办',
    role: 'office',
    jurisdictionCode: '610329',
  },
  {
    username: 'linyou.leader',
    displayName: '闫秉云',
    role: 'leader',
    jurisdictionCode: '610329',
    leaderName: '闫秉云',
  },
  {
    username: 'linyou.xzsp',
    displayName: '县行政审批服务局',
    role: 'department',
    jurisdictionCode: '610329',
    departmentName: '县行政审批服务局',
  },
  {
    username: 'linyou.fgj',
    displayName: '县发改局',
    role: 'department',
    jurisdictionCode: '610329',
    departmentName: '县发改局',
  },
  {
    username: 'meixian.office',
    displayName: '眉县营商办',
    role: 'office',
    jurisdictionCode: '610326',
  },
  {
    username: 'meixian.xzsp',
    displayName: '眉县行政审批局',
    role: 'department',
    jurisdictionCode: '610326',
    departmentName: '县行政审批局',
  },
  {
    username: 'yijun.office',
    displayName: '宜君县营商办',
    role: 'office',
    jurisdictionCode: '610222',
  },
  {
    username: 'baoji.office',
    displayName: '宝鸡市营商办',
    role: 'office',
    jurisdictionCode: '610300',
  },
  {
    username: 'baoji.viewer',
    displayName: '宝鸡市查看',
    role: 'city_viewer',
    jurisdictionCode: '610300',
  },
];
