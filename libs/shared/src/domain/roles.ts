/**
 * Who a user is to the system. Every user belongs to one jurisdiction.
 * - office: 营商办 staff — reads and writes everything in its jurisdiction;
 * - leader: 县领导 / 包抓领导 — reads everything in its jurisdiction, writes instructions (批示);
 * - department: a 牵头/配合 unit's user — reads and writes only the tasks its department leads or
 *   supports, in its jurisdiction;
 * - city_viewer: reads every county under its city, writes nothing;
 * - the three administrators (三员, 等保 2.0 separation of duties), none of whom reads or writes
 *   business data:
 *   - system_admin: runs the installation (accounts, holiday calendar, settings);
 *   - security_admin: roles, permissions and the security policy (passwords, second factor);
 *   - audit_admin: reads and exports the audit records, nothing else.
 * Office, leaders and viewers of a city also read the counties under the city.
 */
export const ROLES = [
  'office',
  'leader',
  'department',
  'city_viewer',
  'system_admin',
  'security_admin',
  'audit_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  office: '营商办',
  leader: '县（市）领导',
  department: '部门用户',
  city_viewer: '市级查看',
  system_admin: '系统管理员',
  security_admin: '安全管理员',
  audit_admin: '审计管理员',
};

/** The three administrators (三员): second factor required, shorter idle timeout. */
export const ADMINISTRATIVE_ROLES = ['system_admin', 'security_admin', 'audit_admin'] as const;
export type AdministrativeRole = (typeof ADMINISTRATIVE_ROLES)[number];

export function isAdministrativeRole(role: Role): role is AdministrativeRole {
  return (ADMINISTRATIVE_ROLES as readonly Role[]).includes(role);
}
