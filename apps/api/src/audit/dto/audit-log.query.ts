import { ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_PAGE_SIZE_DEFAULT, AUDIT_PAGE_SIZE_MAX, type AuditLogQuery } from '@bizenv/shared';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { AuditLogFilterQueryDto } from './audit-log-filter.query.js';

/** Highest page number accepted: far beyond any real log, low enough to keep OFFSET sane. */
const MAX_PAGE = 100_000;

/** Plain decimal digits become a number; anything else becomes NaN, which @IsInt rejects. */
function toInteger(value: unknown): unknown {
  return typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
}

export class AuditLogQueryDto extends AuditLogFilterQueryDto implements AuditLogQuery {
  @ApiPropertyOptional({
    description: '页码（从 1 开始）',
    default: 1,
    minimum: 1,
    maximum: MAX_PAGE,
  })
  @IsOptional()
  @Transform(({ value }) => toInteger(value))
  @IsInt({ message: '页码须为整数' })
  @Min(1, { message: '页码须不小于 1' })
  @Max(MAX_PAGE, { message: `页码须不大于 ${MAX_PAGE}` })
  page?: number;

  @ApiPropertyOptional({
    description: '每页条数',
    default: AUDIT_PAGE_SIZE_DEFAULT,
    minimum: 1,
    maximum: AUDIT_PAGE_SIZE_MAX,
  })
  @IsOptional()
  @Transform(({ value }) => toInteger(value))
  @IsInt({ message: '每页条数须为整数' })
  @Min(1, { message: '每页条数须不小于 1' })
  @Max(AUDIT_PAGE_SIZE_MAX, { message: `每页条数须不大于 ${AUDIT_PAGE_SIZE_MAX}` })
  pageSize?: number;
}
