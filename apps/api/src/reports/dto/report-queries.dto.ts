import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REPORT_STATUSES, type ReportStatus } from '@bizenv/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { PERIOD_MESSAGE, PERIOD_PATTERN, toInteger } from './query-values.js';

export class ReportListQueryDto {
  @ApiPropertyOptional({ description: '报告期', example: '2025-07' })
  @IsOptional()
  @Matches(PERIOD_PATTERN, { message: PERIOD_MESSAGE })
  period?: string;

  @ApiPropertyOptional({ description: '状态', enum: REPORT_STATUSES })
  @IsOptional()
  @IsIn(REPORT_STATUSES, { message: `状态须为 ${REPORT_STATUSES.join('、')} 之一` })
  status?: ReportStatus;

  @ApiPropertyOptional({ description: '部门编号' })
  @IsOptional()
  @Transform(({ value }) => toInteger(value))
  @IsInt({ message: '部门编号须为正整数' })
  @Min(1, { message: '部门编号须为正整数' })
  departmentId?: number;

  @ApiPropertyOptional({ description: '任务编号' })
  @IsOptional()
  @Transform(({ value }) => toInteger(value))
  @IsInt({ message: '任务编号须为正整数' })
  @Min(1, { message: '任务编号须为正整数' })
  taskId?: number;

  @ApiPropertyOptional({ description: '辖区代码', example: '610329' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '辖区代码须为6位数字' })
  jurisdictionCode?: string;

  @ApiPropertyOptional({ description: '每页条数（1–500，默认 100）', default: 100 })
  @IsOptional()
  @Transform(({ value }) => toInteger(value))
  @IsInt({ message: '每页条数须为 1–500 的整数' })
  @Min(1, { message: '每页条数须为 1–500 的整数' })
  @Max(500, { message: '每页条数须为 1–500 的整数' })
  limit?: number;

  @ApiPropertyOptional({ description: '跳过条数', default: 0 })
  @IsOptional()
  @Transform(({ value }) => toInteger(value))
  @IsInt({ message: '跳过条数须为非负整数' })
  @Min(0, { message: '跳过条数须为非负整数' })
  offset?: number;
}

export class PeriodQueryDto {
  @ApiProperty({ description: '报告期', example: '2025-07' })
  @Matches(PERIOD_PATTERN, { message: PERIOD_MESSAGE })
  period!: string;
}

export class OptionalPeriodQueryDto {
  @ApiPropertyOptional({ description: '报告期（默认本月）', example: '2025-07' })
  @IsOptional()
  @Matches(PERIOD_PATTERN, { message: PERIOD_MESSAGE })
  period?: string;
}
