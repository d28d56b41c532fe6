/**
 * What kind of unit a department is. Plans assign work to government departments, but also
 * to towns, courts, utility companies, and to groups such as "各镇" (every town) or "各县区".
 */
export const DEPARTMENT_KINDS = [
  'government',
  'party',
  'judicial',
  'town',
  'enterprise',
  'group',
  'other',
] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export const DEPARTMENT_KIND_LABELS: Record<DepartmentKind, string> = {
  government: '政府部门',
  party: '党群机关',
  judicial: '司法机关',
  town: '镇（街道）',
  enterprise: '企业',
  group: '统称（各镇/各县区等）',
  other: '其他单位',
};

export interface Department {
  /** Canonical name, as the jurisdiction itself writes it most often. */
  name: string;
  kind: DepartmentKind;
  /** Other printed forms of the same unit (e.g. "县数字化信息中心" for "县数字化信息服务中心"). */
  aliases: string[];
}
