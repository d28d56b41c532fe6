import { ApiProperty } from '@nestjs/swagger';
import {
  INDICATOR_CODES,
  type IndicatorAssignmentResponse,
  type IndicatorCode,
  type PlanDetailResponse,
  type PlanPhase,
  type PlanSectionResponse,
} from '@bizenv/shared';
import { DepartmentDto } from '../../departments/dto/department.dto.js';
import { LeaderDto } from '../../leaders/dto/leader.dto.js';
import { PlanSummaryDto } from './plan-summary.dto.js';

class PlanPhaseDto implements PlanPhase {
  @ApiProperty({ description: '阶段名称', example: '动员部署阶段' })
  name!: string;

  @ApiProperty({ description: '开始日期 YYYY-MM-DD' })
  start!: string;

  @ApiProperty({ description: '结束日期 YYYY-MM-DD（含）' })
  end!: string;

  @ApiProperty({ description: '原文' })
  printed!: string;
}

class PlanSectionDto implements PlanSectionResponse {
  @ApiProperty({ description: '章节代码' })
  code!: string;

  @ApiProperty({ description: '标题', example: '（一）简化企业开办' })
  title!: string;

  @ApiProperty({ description: '上级章节代码', nullable: true, type: String })
  parentCode!: string | null;

  @ApiProperty({ description: '对应指标', enum: INDICATOR_CODES, nullable: true })
  indicator!: IndicatorCode | null;

  @ApiProperty({ description: '顺序' })
  order!: number;
}

class IndicatorAssignmentDto implements IndicatorAssignmentResponse {
  @ApiProperty({ description: '指标', enum: INDICATOR_CODES })
  indicator!: IndicatorCode;

  @ApiProperty({ description: '牵头部门', type: [DepartmentDto] })
  leadDepartments!: DepartmentDto[];

  @ApiProperty({ description: '包抓领导 / 指标长', type: [LeaderDto] })
  leaders!: LeaderDto[];

  @ApiProperty({ description: '方案对领导的原文表述', nullable: true, type: String })
  leaderText!: string | null;
}

export class PlanDetailDto extends PlanSummaryDto implements PlanDetailResponse {
  @ApiProperty({ description: '辖区名称', example: '麟游县' })
  jurisdictionName!: string;

  @ApiProperty({ description: '实施步骤', type: [PlanPhaseDto] })
  phases!: PlanPhaseDto[];

  @ApiProperty({ description: '章节', type: [PlanSectionDto] })
  sections!: PlanSectionDto[];

  @ApiProperty({ description: '各指标的牵头部门与包抓领导', type: [IndicatorAssignmentDto] })
  indicatorAssignments!: IndicatorAssignmentDto[];

  @ApiProperty({ description: '附件方案', type: [PlanSummaryDto] })
  annexes!: PlanSummaryDto[];
}
