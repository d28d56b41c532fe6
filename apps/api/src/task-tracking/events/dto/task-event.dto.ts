import { ApiProperty } from '@nestjs/swagger';
import {
  TASK_EVENT_TYPE_LABELS,
  TASK_EVENT_TYPES,
  TASK_STATUSES,
  type TaskEventResponse,
  type TaskEventType,
  type TaskStatus,
} from '@bizenv/shared';
import { ActorDto } from '../../dto/actor.dto.js';

export class TaskEventDto implements TaskEventResponse {
  @ApiProperty({ description: '记录编号' })
  id!: number;

  @ApiProperty({ description: '任务编号' })
  taskId!: number;

  @ApiProperty({
    description: Object.entries(TASK_EVENT_TYPE_LABELS)
      .map(([type, label]) => `${type}：${label}`)
      .join('；'),
    enum: TASK_EVENT_TYPES,
  })
  type!: TaskEventType;

  @ApiProperty({ description: '操作人', type: ActorDto })
  actor!: ActorDto;

  @ApiProperty({ description: '时间（UTC，ISO 8601）', example: '2026-05-03T06:05:00.000Z' })
  occurredAt!: string;

  @ApiProperty({ description: '原因 / 说明', nullable: true, type: String })
  reason!: string | null;

  @ApiProperty({ description: '变更前状态（改变了状态时）', enum: TASK_STATUSES, nullable: true })
  fromStatus!: TaskStatus | null;

  @ApiProperty({ description: '变更后状态（改变了状态时）', enum: TASK_STATUSES, nullable: true })
  toStatus!: TaskStatus | null;

  @ApiProperty({
    description: '变更前的字段',
    nullable: true,
    type: 'object',
    additionalProperties: true,
  })
  before!: Record<string, unknown> | null;

  @ApiProperty({
    description: '变更后的字段',
    nullable: true,
    type: 'object',
    additionalProperties: true,
  })
  after!: Record<string, unknown> | null;
}
