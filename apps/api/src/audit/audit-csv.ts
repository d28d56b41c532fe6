import { AUDIT_OUTCOME_LABELS, type AuditLogEntryResponse, ROLE_LABELS } from '@bizenv/shared';

/**
 * The CSV export: UTF-8 with a byte-order mark (Excel otherwise reads Chinese as ANSI), CRLF
 * line ends and RFC 4180 quoting.
 */
export const CSV_BOM = '\uFEFF';

export const AUDIT_CSV_HEADER = [
  '编号',
  '时间（北京时间）',
  '操作人',
  '角色',
  '辖区代码',
  'IP',
  '请求编号',
  '操作',
  '对象类型',
  '对象编号',
  '结果',
  '修改前',
  '修改后',
] as const;

/** China keeps UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function auditCsvFields(entry: AuditLogEntryResponse): string[] {
  return [
    String(entry.id),
    chinaDateTime(entry.occurredAt),
    entry.actorUsername,
    entry.actorRole === null ? '' : ROLE_LABELS[entry.actorRole],
    entry.jurisdictionCode ?? '',
    entry.ip ?? '',
    entry.requestId ?? '',
    entry.action,
    entry.targetType,
    entry.targetId ?? '',
    AUDIT_OUTCOME_LABELS[entry.outcome],
    entry.before === null ? '' : JSON.stringify(entry.before),
    entry.after === null ? '' : JSON.stringify(entry.after),
  ];
}

/**
 * One quoted field. A value starting with = + - @ (or a tab / carriage return) is prefixed with
 * an apostrophe: usernames and target ids come from users, and Excel would run them as formulas.
 */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** "2025-03-01 10:30:00" in China time. */
function chinaDateTime(isoInstant: string): string {
  const shifted = new Date(new Date(isoInstant).getTime() + CHINA_OFFSET_MS);
  return shifted.toISOString().slice(0, 19).replace('T', ' ');
}
