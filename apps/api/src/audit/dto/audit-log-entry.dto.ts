import { ApiProperty } from '@nestjs/swagger';
import {
  AUDIT_OUTCOMES,
  type AuditLogEntryResponse,
  type AuditLogPageResponse,
  type AuditOutcome,
  ROLES,
  type Role,
} from '@bizenv/shared';

export class AuditLogEntryDto implements AuditLogEntryResponse {
  @ApiProperty({ description: '记录编号（追加顺序）' })
  id!: number;

  @ApiProperty({ description: '发生时间（UTC，ISO 8601）', example: '2025-03-01T02:30:00.000Z' })
  occurredAt!: string;

  @ApiProperty({
    description: '操作人用户编号（登录失败且用户不存在时为空）',
    nullable: true,
    type: Number,
  })
  actorUserId!: number | null;

  @ApiProperty({ description: '操作人用户名（当时的；登录失败时为尝试的用户名）' })
  actorUsername!: string;

  @ApiProperty({ description: '操作人角色（当时的）', enum: ROLES, nullable: true })
  actorRole!: Role | null;

  @ApiProperty({ description: '操作人所属辖区', nullable: true, type: String })
  jurisdictionCode!: string | null;

  @ApiProperty({ description: '来源 IP', nullable: true, type: String })
  ip!: string | null;

  @ApiProperty({
    description: '请求编号（与响应头 x-request-id 相同）',
    nullable: true,
    type: String,
  })
  requestId!: string | null;

  @ApiProperty({ description: '操作', example: 'task.status.change' })
  action!: string;

  @ApiProperty({ description: '对象类型', example: 'task' })
  targetType!: string;

  @ApiProperty({ description: '对象编号', nullable: true, type: String })
  targetId!: string | null;

  @ApiProperty({ description: '结果', enum: AUDIT_OUTCOMES })
  outcome!: AuditOutcome;

  @ApiProperty({ description: '修改前的字段（敏感字段已隐去）', nullable: true })
  before!: unknown;

  @ApiProperty({ description: '修改后的字段（敏感字段已隐去）', nullable: true })
  after!: unknown;
}

export class AuditLogPageDto implements AuditLogPageResponse {
  @ApiProperty({ type: [AuditLogEntryDto], description: '本页记录，最新在前' })
  items!: AuditLogEntryDto[];

  @ApiProperty({ description: '符合条件的记录总数' })
  total!: number;

  @ApiProperty({ description: '页码' })
  page!: number;

  @ApiProperty({ description: '每页条数' })
  pageSize!: number;
}
