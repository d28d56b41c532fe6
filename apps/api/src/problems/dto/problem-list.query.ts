import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  INDICATOR_CODES,
  type IndicatorCode,
  PROBLEM_STATUSES,
  type ProblemListQuery,
  type ProblemStatus,
} from '@bizenv/shared';
import { IsIn, IsOptional } from 'class-validator';
import { IdField, QueryInt } from './fields.js';

export class ProblemListQueryDto implements ProblemListQuery {
  @ApiPropertyOptional({ description: '状态', enum: PROBLEM_STATUSES })
  @IsOptional()
  @IsIn(PROBLEM_STATUSES, { message: '状态须为整改中、已整改或已销号' })
  status?: ProblemStatus;

  @QueryInt()
  @IdField('任务编号', { optional: true })
  taskId?: number;

  @QueryInt()
  @IdField('责任部门编号', { optional: true })
  departmentId?: number;

  @ApiPropertyOptional({ description: '指标', enum: INDICATOR_CODES })
  @IsOptional()
  @IsIn(INDICATOR_CODES, { message: '指标不存在' })
  indicator?: IndicatorCode;
}
