import { ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_OUTCOMES, type AuditLogFilter, type AuditOutcome } from '@bizenv/shared';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { AUDIT_COLUMN_LENGTHS } from '../audit-log.entity.js';
import { IsCalendarDate } from './calendar-date.validator.js';

/** Query of GET /api/audit/export, and the filter part of GET /api/audit. */
export class AuditLogFilterQueryDto implements AuditLogFilter {
  @ApiPropertyOptional({ description: '起始日期（北京时间，含当日）', example: '2025-01-01' })
  @IsOptional()
  @IsCalendarDate({ message: '起始日期须为 YYYY-MM-DD 格式的有效日期' })
  from?: string;

  @ApiPropertyOptional({ description: '截止日期（北京时间，含当日）', example: '2025-12-31' })
  @IsOptional()
  @IsCalendarDate({ message: '截止日期须为 YYYY-MM-DD 格式的有效日期' })
  to?: string;

  @ApiPropertyOptional({ description: '操作人用户名（精确匹配；登录失败时为尝试的用户名）' })
  @IsOptional()
  @IsString({ message: '操作人须为文本' })
  @Length(1, AUDIT_COLUMN_LENGTHS.actorUsername, {
    message: `操作人须为 1–${AUDIT_COLUMN_LENGTHS.actorUsername} 个字符`,
  })
  actor?: string;

  @ApiPropertyOptional({
    description: '操作或其前缀：task 匹配 task.status.change 等所有 task.… 操作',
    example: 'auth.login',
  })
  @IsOptional()
  @IsString({ message: '操作须为文本' })
  @Length(1, AUDIT_COLUMN_LENGTHS.action, {
    message: `操作须为 1–${AUDIT_COLUMN_LENGTHS.action} 个字符`,
  })
  @Matches(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, {
    message: '操作须由小写英文字母、数字、下划线和点组成，例如 task.status.change',
  })
  action?: string;

  @ApiPropertyOptional({ description: '对象类型', example: 'task' })
  @IsOptional()
  @IsString({ message: '对象类型须为文本' })
  @Length(1, AUDIT_COLUMN_LENGTHS.targetType, {
    message: `对象类型须为 1–${AUDIT_COLUMN_LENGTHS.targetType} 个字符`,
  })
  targetType?: string;

  @ApiPropertyOptional({ description: '对象编号', example: '12' })
  @IsOptional()
  @IsString({ message: '对象编号须为文本' })
  @Length(1, AUDIT_COLUMN_LENGTHS.targetId, {
    message: `对象编号须为 1–${AUDIT_COLUMN_LENGTHS.targetId} 个字符`,
  })
  targetId?: string;

  @ApiPropertyOptional({ description: '结果：success 成功，failure 失败', enum: AUDIT_OUTCOMES })
  @IsOptional()
  @IsIn(AUDIT_OUTCOMES, { message: '结果须为 success 或 failure' })
  outcome?: AuditOutcome;

  @ApiPropertyOptional({
    description: '只看一个辖区（须为可查看的辖区；默认为全部可查看的辖区）',
    example: '610329',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '辖区代码须为6位数字' })
  jurisdictionCode?: string;
}
