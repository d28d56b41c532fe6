import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  PROBLEM_EDITABLE_STATUSES,
  PROBLEM_SOURCES,
  type ProblemEditableStatus,
  type ProblemSource,
  type UpdateProblemRequest,
} from '@bizenv/shared';
import { IsIn, IsOptional } from 'class-validator';
import { AttachmentIds, CalendarDate, IdField, Text, VersionField } from './fields.js';

export class UpdateProblemDto implements UpdateProblemRequest {
  @VersionField()
  version!: number;

  @Text('问题描述', { optional: true })
  description?: string;

  @Text('整改措施', { optional: true })
  measure?: string;

  @ApiPropertyOptional({ description: '问题来源（仅营商办）', enum: PROBLEM_SOURCES })
  @IsOptional()
  @IsIn(PROBLEM_SOURCES, { message: '问题来源须为自查发现、评价反馈、督查发现或12345热线' })
  source?: ProblemSource;

  @IdField('整改责任部门（仅营商办）', { optional: true })
  ownerDepartmentId?: number;

  @CalendarDate('整改时限（仅营商办）', { optional: true })
  deadline?: string;

  @ApiPropertyOptional({
    description: '整改状态：rectified 标记已整改；rectifying 退回或撤回为整改中（销号另有接口）',
    enum: PROBLEM_EDITABLE_STATUSES,
  })
  @IsOptional()
  @IsIn(PROBLEM_EDITABLE_STATUSES, {
    message: '整改状态只能改为整改中或已整改（销号请用销号操作）',
  })
  status?: ProblemEditableStatus;

  @AttachmentIds()
  attachmentIds?: string[];

  @Text('修改说明', { optional: true })
  reason?: string;
}
