import { ApiProperty } from '@nestjs/swagger';
import {
  type CreateProblemRequest,
  INDICATOR_CODES,
  type IndicatorCode,
  PROBLEM_SOURCES,
  type ProblemSource,
} from '@bizenv/shared';
import { IsIn, IsOptional } from 'class-validator';
import { AttachmentIds, CalendarDate, IdField, Text } from './fields.js';

export class CreateProblemDto implements CreateProblemRequest {
  @IdField('任务编号', { optional: true })
  taskId?: number;

  @ApiProperty({ description: '指标（与任务二选一）', enum: INDICATOR_CODES, required: false })
  @IsOptional()
  @IsIn(INDICATOR_CODES, { message: '指标不存在' })
  indicator?: IndicatorCode;

  @ApiProperty({ description: '问题来源', enum: PROBLEM_SOURCES })
  @IsIn(PROBLEM_SOURCES, { message: '问题来源须为自查发现、评价反馈、督查发现或12345热线' })
  source!: ProblemSource;

  @Text('问题描述')
  description!: string;

  @Text('整改措施', { optional: true })
  measure?: string;

  @IdField('整改责任部门')
  ownerDepartmentId!: number;

  @CalendarDate('整改时限')
  deadline!: string;

  @AttachmentIds()
  attachmentIds?: string[];
}
