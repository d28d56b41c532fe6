import { ApiProperty } from '@nestjs/swagger';
import {
  type Deadline,
  INDICATOR_CODES,
  type IndicatorCode,
  TASK_KINDS,
  TASK_STATUSES,
  type TaskKind,
  type TaskResponse,
  type TaskStatus,
} from '@bizenv/shared';
import { DepartmentDto } from '../../departments/dto/department.dto.js';
import { DeadlineDto } from './deadline.dto.js';
import { TargetDto } from './target.dto.js';

export class TaskDto implements TaskResponse {
  @ApiProperty({ description: '任务编号' })
  id!: number;

  @ApiProperty({ description: '所属方案编号' })
  planId!: number;

  @ApiProperty({ description: '方案中的序号', example: '1' })
  code!: string;

  @ApiProperty({ description: '类别', enum: TASK_KINDS })
  kind!: TaskKind;

  @ApiProperty({ description: '所在章节代码', nullable: true, type: String })
  sectionCode!: string | null;

  @ApiProperty({ description: '标题', example: '推行“企业开办一网通办”' })
  title!: string;

  @ApiProperty({ description: '正文' })
  body!: string;

  @ApiProperty({ description: '指标', enum: INDICATOR_CODES, nullable: true })
  indicator!: IndicatorCode | null;

  @ApiProperty({ description: '状态', enum: TASK_STATUSES })
  status!: TaskStatus;

  @ApiProperty({ description: '牵头部门', type: [DepartmentDto] })
  leadDepartments!: DepartmentDto[];

  @ApiProperty({ description: '配合 / 责任部门', type: [DepartmentDto] })
  supportDepartments!: DepartmentDto[];

  @ApiProperty({ description: '责任分工原文', nullable: true, type: String })
  attribution!: string | null;

  @ApiProperty({ description: '时限', type: DeadlineDto })
  deadline!: Deadline;

  @ApiProperty({
    description: '原定时限（首次批准延期时保留；未延期为 null）',
    type: DeadlineDto,
    nullable: true,
  })
  originalDeadline!: Deadline | null;

  @ApiProperty({ description: '量化目标', type: [TargetDto] })
  targets!: TargetDto[];

  @ApiProperty({ description: '顺序' })
  order!: number;

  @ApiProperty({
    description: '完成进度 %（牵头部门最近一次审核通过的月度报告；尚无为 null）',
    nullable: true,
    type: Number,
  })
  completionPercent!: number | null;

  @ApiProperty({ description: '版本号（修改状态时原样提交，用于并发控制）' })
  version!: number;

  @ApiProperty({ description: '子项', type: () => [TaskDto] })
  children!: TaskDto[];
}
