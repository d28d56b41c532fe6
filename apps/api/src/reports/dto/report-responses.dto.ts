import { ApiProperty } from '@nestjs/swagger';
import {
  REPORT_EVENT_KINDS,
  REPORT_ROLES,
  REPORT_STATUSES,
  REPORT_TIMELINESS,
  TASK_STATUSES,
  type DepartmentReportStatusResponse,
  type JurisdictionReportStatusResponse,
  type MyReportObligationsResponse,
  type ReportDetailResponse,
  type ReportEventKind,
  type ReportEventResponse,
  type ReportListResponse,
  type ReportObligationResponse,
  type ReportRole,
  type ReportStatus,
  type ReportSummaryResponse,
  type ReportTargetActualResponse,
  type ReportTimeliness,
  type TaskStatus,
} from '@bizenv/shared';
import { AttachmentDto } from '../../attachments/dto/attachment.dto.js';

const nullableString = { nullable: true, type: String } as const;

export class ReportSummaryDto implements ReportSummaryResponse {
  @ApiProperty() id!: number;
  @ApiProperty() taskId!: number;
  @ApiProperty({ example: '1' }) taskCode!: string;
  @ApiProperty() taskTitle!: string;
  @ApiProperty({ example: '610329' }) jurisdictionCode!: string;
  @ApiProperty() departmentId!: number;
  @ApiProperty({ example: '县行政审批服务局' }) departmentName!: string;
  @ApiProperty({ description: '报告期', example: '2025-07' }) period!: string;
  @ApiProperty({ description: '牵头 / 配合', enum: REPORT_ROLES }) role!: ReportRole;
  @ApiProperty({ enum: REPORT_STATUSES }) status!: ReportStatus;
  @ApiProperty({ description: '完成进度 %', nullable: true, type: Number }) completionPercent!:
    number | null;
  @ApiProperty({ description: '最近报送时间', ...nullableString }) submittedAt!: string | null;
  @ApiProperty({ description: '首次报送时间（据此判断是否逾期）', ...nullableString })
  firstSubmittedAt!: string | null;
  @ApiProperty({ ...nullableString }) reviewedAt!: string | null;
  @ApiProperty({ description: '退回原因', ...nullableString }) returnReason!: string | null;
  @ApiProperty({ description: '截止日期（遇节假日顺延）', example: '2025-07-21' }) dueDate!: string;
  @ApiProperty({ enum: REPORT_TIMELINESS }) timeliness!: ReportTimeliness;
  @ApiProperty() version!: number;
  @ApiProperty() updatedAt!: string;
}

export class ReportTargetActualDto implements ReportTargetActualResponse {
  @ApiProperty() targetId!: number;
  @ApiProperty({ example: '全程网办率' }) metric!: string;
  @ApiProperty({ enum: ['lte', 'gte', 'eq'] }) comparator!: string;
  @ApiProperty({ example: 60 }) targetValue!: number;
  @ApiProperty({ example: 72.5 }) value!: number;
  @ApiProperty({ example: '%' }) unit!: string;
}

export class ReportEventDto implements ReportEventResponse {
  @ApiProperty({ enum: REPORT_EVENT_KINDS }) kind!: ReportEventKind;
  @ApiProperty() actorUserId!: number;
  @ApiProperty() actorName!: string;
  @ApiProperty({ description: '退回原因', ...nullableString }) reason!: string | null;
  @ApiProperty() at!: string;
}

export class ReportDetailDto extends ReportSummaryDto implements ReportDetailResponse {
  @ApiProperty({ description: '工作进展' }) workDone!: string;
  @ApiProperty({ description: '存在问题' }) problems!: string;
  @ApiProperty({ description: '下步计划' }) nextSteps!: string;
  @ApiProperty({ nullable: true, type: Number }) reviewedByUserId!: number | null;
  @ApiProperty({ type: [ReportTargetActualDto] }) targetActuals!: ReportTargetActualDto[];
  @ApiProperty({ type: [AttachmentDto] }) attachments!: AttachmentDto[];
  @ApiProperty({ description: '报送、退回、通过记录', type: [ReportEventDto] })
  events!: ReportEventDto[];
}

export class ReportListDto implements ReportListResponse {
  @ApiProperty({ type: [ReportSummaryDto] }) items!: ReportSummaryDto[];
  @ApiProperty({ description: '符合条件的总数' }) total!: number;
}

export class ReportObligationDto implements ReportObligationResponse {
  @ApiProperty() taskId!: number;
  @ApiProperty() taskCode!: string;
  @ApiProperty() taskTitle!: string;
  @ApiProperty({ enum: TASK_STATUSES }) taskStatus!: TaskStatus;
  @ApiProperty({ enum: REPORT_ROLES }) role!: ReportRole;
  @ApiProperty({ nullable: true, type: Number }) reportId!: number | null;
  @ApiProperty({ enum: REPORT_STATUSES, nullable: true }) reportStatus!: ReportStatus | null;
  @ApiProperty({ nullable: true, type: Number }) reportVersion!: number | null;
  @ApiProperty({ enum: REPORT_TIMELINESS }) timeliness!: ReportTimeliness;
}

export class DepartmentReportStatusDto implements DepartmentReportStatusResponse {
  @ApiProperty() departmentId!: number;
  @ApiProperty() departmentName!: string;
  @ApiProperty({ description: '应报' }) expected!: number;
  @ApiProperty({ description: '按时报送' }) onTime!: number;
  @ApiProperty({ description: '逾期报送' }) late!: number;
  @ApiProperty({ description: '未报送（已过截止日）' }) missing!: number;
  @ApiProperty({ description: '尚未报送（未到截止日）' }) pending!: number;
  @ApiProperty({ type: [ReportObligationDto] }) obligations!: ReportObligationDto[];
}

export class JurisdictionReportStatusDto implements JurisdictionReportStatusResponse {
  @ApiProperty() jurisdictionCode!: string;
  @ApiProperty() period!: string;
  @ApiProperty({ description: '截止日期（遇节假日顺延）' }) dueDate!: string;
  @ApiProperty({ description: '计算所依据的当天日期（北京时间）' }) asOf!: string;
  @ApiProperty({ type: [DepartmentReportStatusDto] }) departments!: DepartmentReportStatusDto[];
}

export class MyReportObligationsDto implements MyReportObligationsResponse {
  @ApiProperty() period!: string;
  @ApiProperty() dueDate!: string;
  @ApiProperty() asOf!: string;
  @ApiProperty({ type: [ReportObligationDto] }) obligations!: ReportObligationDto[];
}
