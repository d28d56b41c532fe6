import { ApiProperty } from '@nestjs/swagger';
import type {
  CountyAssignedTaskRow,
  DashboardJurisdiction,
  DashboardReportListResponse,
  DashboardReportRow,
  DashboardTaskListResponse,
  DashboardTaskRow,
  DepartmentDashboardRow,
  IndicatorDashboardRow,
  JurisdictionDashboardResponse,
  MonthlyCompletionPoint,
  MonthlyProblemPoint,
  RollupResponse,
  RollupRow,
  TargetDashboardRow,
  TargetVerdict,
  TaskFigures,
} from '@bizenv/shared';

/*
 * OpenAPI descriptions of the dashboard responses. The shapes are the shared contracts
 * (libs/shared/src/contracts/dashboards.ts, documented field by field there); nested rows are
 * described as objects here rather than duplicated class by class.
 */
const rows = (description: string) =>
  ({ description, type: 'array', items: { type: 'object' } }) as const;
const object = (description: string) =>
  ({ description, type: 'object', additionalProperties: true }) as const;

export class JurisdictionDashboardDto implements JurisdictionDashboardResponse {
  @ApiProperty(object('辖区')) jurisdiction!: DashboardJurisdiction;
  @ApiProperty({ description: '统计日期', example: '2025-06-30' }) asOf!: string;
  @ApiProperty({ description: '今天（中国日期）' }) today!: string;
  @ApiProperty({ description: '报告期', example: '2025-06' }) reportPeriod!: string;
  @ApiProperty({ description: '该期报告截止日' }) reportDueDate!: string;
  @ApiProperty(object('任务总体情况')) totals!: TaskFigures;
  @ApiProperty(rows('逾期任务（逾期工作日数）')) overdueTasks!: DashboardTaskRow[];
  @ApiProperty(rows('10个工作日内到期的任务')) dueSoonTasks!: DashboardTaskRow[];
  @ApiProperty(rows('指标（领导本人负责的在前）')) indicators!: IndicatorDashboardRow[];
  @ApiProperty({ type: [String] }) myIndicatorCodes!: string[];
  @ApiProperty(rows('部门')) departments!: DepartmentDashboardRow[];
  @ApiProperty(rows('量化目标')) targets!: TargetDashboardRow[];
  @ApiProperty(object('各判定的目标数')) targetSummary!: Record<TargetVerdict, number>;
  @ApiProperty(rows('每月新增与已整改问题')) problemTrend!: MonthlyProblemPoint[];
  @ApiProperty(rows('每月完成情况')) completionTrend!: MonthlyCompletionPoint[];
  @ApiProperty() openProblems!: number;
  @ApiProperty() openNotices!: number;
}

export class RollupDto implements RollupResponse {
  @ApiProperty(object('辖区')) jurisdiction!: DashboardJurisdiction;
  @ApiProperty() asOf!: string;
  @ApiProperty() today!: string;
  @ApiProperty() reportPeriod!: string;
  @ApiProperty(rows('各县区（比学赶超排名）')) rows!: RollupRow[];
  @ApiProperty(rows('市级分配给各县区的任务及各县区进展'))
  countyAssignedTasks!: CountyAssignedTaskRow[];
}

export class DashboardTaskListDto implements DashboardTaskListResponse {
  @ApiProperty() asOf!: string;
  @ApiProperty() bucket!: string;
  @ApiProperty(rows('任务')) items!: DashboardTaskRow[];
  @ApiProperty() total!: number;
}

export class DashboardReportListDto implements DashboardReportListResponse {
  @ApiProperty() asOf!: string;
  @ApiProperty() period!: string;
  @ApiProperty() dueDate!: string;
  @ApiProperty(rows('应报报告及报送情况')) items!: DashboardReportRow[];
  @ApiProperty() total!: number;
}
