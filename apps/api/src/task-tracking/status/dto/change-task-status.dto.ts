import { ApiProperty } from '@nestjs/swagger';
import {
  type ChangeTaskStatusRequest,
  TASK_STATUS_LABELS,
  TASK_STATUSES,
  type TaskStatus,
} from '@bizenv/shared';
import { IsIn } from 'class-validator';
import { RequiredText, VersionField } from '../../dto/fields.js';

export class ChangeTaskStatusDto implements ChangeTaskStatusRequest {
  @ApiProperty({
    description: Object.entries(TASK_STATUS_LABELS)
      .map(([status, label]) => `${status}：${label}`)
      .join('；'),
    enum: TASK_STATUSES,
  })
  @IsIn(TASK_STATUSES, { message: '状态不正确' })
  status!: TaskStatus;

  @RequiredText('变更原因')
  reason!: string;

  @VersionField()
  version!: number;
}
