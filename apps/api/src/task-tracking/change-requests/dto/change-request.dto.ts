import { ApiProperty } from '@nestjs/swagger';
import {
  CHANGE_REQUEST_KINDS,
  type ChangeRequestKind,
  type ChangeRequestResponse,
  REQUEST_STATUSES,
  type RequestStatus,
} from '@bizenv/shared';
import { DepartmentDto } from '../../../departments/dto/department.dto.js';
import { ActorDto } from '../../dto/actor.dto.js';
import { TrackedTaskRefDto } from '../../requests/dto/request-refs.dto.js';

class ProposedDeadlineDto {
  @ApiProperty({ description: '新的截止日期', example: '2022-06-30' })
  date!: string;

  @ApiProperty({ description: '新时限的文字表述', example: '2022年6月底前' })
  printed!: string;
}

export class ChangeRequestDto implements ChangeRequestResponse {
  @ApiProperty({ description: '申请编号' })
  id!: number;

  @ApiProperty({ description: '任务', type: TrackedTaskRefDto })
  task!: TrackedTaskRefDto;

  @ApiProperty({ description: 'extension：延期；adjustment：调整', enum: CHANGE_REQUEST_KINDS })
  kind!: ChangeRequestKind;

  @ApiProperty({ description: '申请人', type: ActorDto })
  requestedBy!: ActorDto;

  @ApiProperty({ description: '申请部门', type: DepartmentDto })
  department!: DepartmentDto;

  @ApiProperty({ description: '申请理由' })
  reason!: string;

  @ApiProperty({ description: '延期：新的时限', type: ProposedDeadlineDto, nullable: true })
  proposedDeadline!: ProposedDeadlineDto | null;

  @ApiProperty({ description: '调整：新的标题', nullable: true, type: String })
  proposedTitle!: string | null;

  @ApiProperty({ description: '调整：新的任务内容', nullable: true, type: String })
  proposedBody!: string | null;

  @ApiProperty({
    description: '调整：新的牵头部门（不调整责任部门时为 null）',
    type: [DepartmentDto],
    nullable: true,
  })
  proposedLeadDepartments!: DepartmentDto[] | null;

  @ApiProperty({
    description: '调整：新的配合部门（不调整责任部门时为 null）',
    type: [DepartmentDto],
    nullable: true,
  })
  proposedSupportDepartments!: DepartmentDto[] | null;

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
