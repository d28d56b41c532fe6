import { ApiProperty } from '@nestjs/swagger';
import {
  type AttachmentResponse,
  type ClosureRequestResponse,
  REQUEST_STATUSES,
  type RequestStatus,
} from '@bizenv/shared';
import { DepartmentDto } from '../../../departments/dto/department.dto.js';
import { ActorDto } from '../../dto/actor.dto.js';
import { TrackedTaskRefDto } from '../../requests/dto/request-refs.dto.js';

export class ClosureRequestDto implements ClosureRequestResponse {
  @ApiProperty({ description: '申请编号' })
  id!: number;

  @ApiProperty({ description: '任务', type: TrackedTaskRefDto })
  task!: TrackedTaskRefDto;

  @ApiProperty({ description: '申请人', type: ActorDto })
  requestedBy!: ActorDto;

  @ApiProperty({ description: '申请部门（牵头部门）', type: DepartmentDto })
  department!: DepartmentDto;

  @ApiProperty({ description: '完成情况说明' })
  note!: string;

  @ApiProperty({
    description: '佐证材料（见 GET /api/attachments/:id）',
    type: 'array',
    items: { type: 'object' },
  })
  attachments!: AttachmentResponse[];

  @ApiProperty({ description: '审核状态', enum: REQUEST_STATUSES })
  status!: RequestStatus;

  @ApiProperty({ description: '申请时间（UTC）' })
  createdAt!: string;

  @ApiProperty({ description: '审核人', type: ActorDto, nullable: true })
  decidedBy!: ActorDto | null;

  @ApiProperty({ description: '审核时间（UTC）', nullable: true, type: String })
  decidedAt!: string | null;

  @ApiProperty({ description: '退回原因', nullable: true, type: String })
  decisionReason!: string | null;

  @ApiProperty({ description: '版本号（审核时原样提交）' })
  version!: number;
}
