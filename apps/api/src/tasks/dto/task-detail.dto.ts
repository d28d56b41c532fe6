import { ApiProperty } from '@nestjs/swagger';
import type { TaskDetailResponse } from '@bizenv/shared';
import { LeaderDto } from '../../leaders/dto/leader.dto.js';
import { PlanSummaryDto } from '../../plans/dto/plan-summary.dto.js';
import { TaskDto } from './task.dto.js';

class TaskRefDto {
  @ApiProperty({ description: '任务编号' })
  id!: number;

  @ApiProperty({ description: '方案中的序号' })
  code!: string;

  @ApiProperty({ description: '标题' })
  title!: string;
}

export class TaskDetailDto extends TaskDto implements TaskDetailResponse {
  @ApiProperty({ description: '所属方案', type: PlanSummaryDto })
  plan!: PlanSummaryDto;

  @ApiProperty({ description: '上级任务（子项才有）', type: TaskRefDto, nullable: true })
  parent!: TaskRefDto | null;

  @ApiProperty({ description: '该任务指标在本方案中的包抓领导 / 指标长', type: [LeaderDto] })
  leaders!: LeaderDto[];

  @ApiProperty({ description: '方案对领导的原文表述', nullable: true, type: String })
  leaderText!: string | null;
}
