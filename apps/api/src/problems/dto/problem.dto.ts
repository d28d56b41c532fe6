import { ApiProperty } from '@nestjs/swagger';
import {
  type AttachmentResponse,
  INDICATOR_CODES,
  type IndicatorCode,
  PROBLEM_EVENT_ACTIONS,
  PROBLEM_SOURCES,
  PROBLEM_STATUSES,
  type ProblemDetailResponse,
  type ProblemEventAction,
  type ProblemEventResponse,
  type ProblemResponse,
  type ProblemSource,
  type ProblemStatus,
  type ProblemTaskRef,
} from '@bizenv/shared';
import { DepartmentDto } from '../../departments/dto/department.dto.js';

export class ProblemTaskRefDto implements ProblemTaskRef {
  @ApiProperty({ description: '任务编号' })
  id!: number;

  @ApiProperty({ description: '方案中的序号' })
  code!: string;

  @ApiProperty({ description: '任务标题' })
  title!: string;
}

export class ProblemDto implements ProblemResponse {
  @ApiProperty({ description: '问题编号' })
  id!: number;

  @ApiProperty({ description: '辖区代码' })
  jurisdictionCode!: string;

  @ApiProperty({ description: '所属任务（与指标二选一）', type: ProblemTaskRefDto, nullable: true })
  task!: ProblemTaskRefDto | null;

  @ApiProperty({ description: '所属指标（与任务二选一）', enum: INDICATOR_CODES, nullable: true })
  indicator!: IndicatorCode | null;

  @ApiProperty({ description: '问题来源', enum: PROBLEM_SOURCES })
  source!: ProblemSource;

  @ApiProperty({ description: '问题描述' })
  description!: string;

  @ApiProperty({ description: '整改措施', nullable: true, type: String })
  measure!: string | null;

  @ApiProperty({ description: '整改责任部门', type: DepartmentDto })
  ownerDepartment!: DepartmentDto;

  @ApiProperty({ description: '整改时限（YYYY-MM-DD）' })
  deadline!: string;

  @ApiProperty({ description: '状态', enum: PROBLEM_STATUSES })
  status!: ProblemStatus;

  @ApiProperty({ description: '标记已整改的时间（UTC）', nullable: true, type: String })
  rectifiedAt!: string | null;

  @ApiProperty({ description: '销号时间（UTC）', nullable: true, type: String })
  closedAt!: string | null;

  @ApiProperty({ description: '销号人编号', nullable: true, type: Number })
  closedByUserId!: number | null;

  @ApiProperty({ description: '登记人编号' })
  createdByUserId!: number;

  @ApiProperty({ description: '登记时间（UTC）' })
  createdAt!: string;

  @ApiProperty({ description: '最后修改时间（UTC）' })
  updatedAt!: string;

  @ApiProperty({ description: '版本号（修改时原样提交）' })
  version!: number;
}

export class ProblemEventDto implements ProblemEventResponse {
  @ApiProperty()
  id!: number;

  @ApiProperty({ enum: PROBLEM_EVENT_ACTIONS })
  action!: ProblemEventAction;

  @ApiProperty()
  actorUserId!: number;

  @ApiProperty({ description: '操作人姓名' })
  actorName!: string;

  @ApiProperty({ nullable: true, type: String })
  reason!: string | null;

  @ApiProperty({
    description: '修改前的字段',
    nullable: true,
    type: 'object',
    additionalProperties: true,
  })
  before!: Record<string, unknown> | null;

  @ApiProperty({
    description: '修改后的字段',
    nullable: true,
    type: 'object',
    additionalProperties: true,
  })
  after!: Record<string, unknown> | null;

  @ApiProperty({ description: '时间（UTC）' })
  at!: string;
}

export class ProblemDetailDto extends ProblemDto implements ProblemDetailResponse {
  @ApiProperty({ description: '佐证材料', type: 'array', items: { type: 'object' } })
  attachments!: AttachmentResponse[];

  @ApiProperty({ description: '处理记录', type: [ProblemEventDto] })
  events!: ProblemEventDto[];
}
