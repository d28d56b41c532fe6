import { ApiProperty } from '@nestjs/swagger';
import {
  NOTICE_EVENT_ACTIONS,
  NOTICE_LEVELS,
  NOTICE_ORIGINS,
  NOTICE_STATUSES,
  type NoticeDetailResponse,
  type NoticeEventAction,
  type NoticeEventResponse,
  type NoticeLevel,
  type NoticeOrigin,
  type NoticeResponse,
  type NoticeStatus,
} from '@bizenv/shared';
import { DepartmentDto } from '../../departments/dto/department.dto.js';
import { ProblemTaskRefDto } from '../../problems/dto/problem.dto.js';

export class NoticeDto implements NoticeResponse {
  @ApiProperty({ description: '通知编号' })
  id!: number;

  @ApiProperty({ description: '辖区代码' })
  jurisdictionCode!: string;

  @ApiProperty({ description: '督办对象部门', type: DepartmentDto })
  department!: DepartmentDto;

  @ApiProperty({ description: '关联任务', type: ProblemTaskRefDto, nullable: true })
  task!: ProblemTaskRefDto | null;

  @ApiProperty({ description: '关联问题编号', nullable: true, type: Number })
  problemId!: number | null;

  @ApiProperty({ description: '督办事由' })
  reason!: string;

  @ApiProperty({ description: '级别', enum: NOTICE_LEVELS })
  level!: NoticeLevel;

  @ApiProperty({ description: '回复期限（YYYY-MM-DD）' })
  responseDue!: string;

  @ApiProperty({ description: '状态', enum: NOTICE_STATUSES })
  status!: NoticeStatus;

  @ApiProperty({ description: '来源', enum: NOTICE_ORIGINS })
  origin!: NoticeOrigin;

  @ApiProperty({ description: '部门回复', nullable: true, type: String })
  response!: string | null;

  @ApiProperty({ nullable: true, type: Number })
  answeredByUserId!: number | null;

  @ApiProperty({ nullable: true, type: String })
  answeredAt!: string | null;

  @ApiProperty({ nullable: true, type: Number })
  issuedByUserId!: number | null;

  @ApiProperty({ nullable: true, type: String })
  issuedAt!: string | null;

  @ApiProperty({ nullable: true, type: Number })
  closedByUserId!: number | null;

  @ApiProperty({ nullable: true, type: String })
  closedAt!: string | null;

  @ApiProperty({ description: '创建时间（UTC）' })
  createdAt!: string;

  @ApiProperty({ description: '版本号（操作时原样提交）' })
  version!: number;
}

export class NoticeEventDto implements NoticeEventResponse {
  @ApiProperty()
  id!: number;

  @ApiProperty({ enum: NOTICE_EVENT_ACTIONS })
  action!: NoticeEventAction;

  @ApiProperty({ description: '操作人（系统生成的草稿为空）', nullable: true, type: Number })
  actorUserId!: number | null;

  @ApiProperty({ nullable: true, type: String })
  actorName!: string | null;

  @ApiProperty({ nullable: true, type: String })
  reason!: string | null;

  @ApiProperty({ description: '时间（UTC）' })
  at!: string;
}

export class NoticeDetailDto extends NoticeDto implements NoticeDetailResponse {
  @ApiProperty({ type: [NoticeEventDto] })
  events!: NoticeEventDto[];
}
