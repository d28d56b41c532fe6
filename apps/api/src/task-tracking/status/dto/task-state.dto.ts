import { ApiProperty } from '@nestjs/swagger';
import {
  type Deadline,
  TASK_STATUSES,
  type TaskStateResponse,
  type TaskStatus,
} from '@bizenv/shared';
import { DeadlineDto } from '../../../tasks/dto/deadline.dto.js';

export class TaskStateDto implements TaskStateResponse {
  @ApiProperty({ description: '任务编号' })
  id!: number;

  @ApiProperty({ description: '状态', enum: TASK_STATUSES })
  status!: TaskStatus;

  @ApiProperty({ description: '时限', type: DeadlineDto })
  deadline!: Deadline;

  @ApiProperty({ description: '原定时限（延期后保留）', type: DeadlineDto, nullable: true })
  originalDeadline!: Deadline | null;

  @ApiProperty({ description: '新的版本号' })
  version!: number;
}
