import { ApiProperty } from '@nestjs/swagger';
import type { PlanSummaryResponse } from '@bizenv/shared';

export class PlanSummaryDto implements PlanSummaryResponse {
  @ApiProperty({ description: '方案编号', example: 1 })
  id!: number;

  @ApiProperty({ description: '方案标识', example: 'linyou-2021' })
  key!: string;

  @ApiProperty({ description: '所属辖区代码', example: '610329' })
  jurisdictionCode!: string;

  @ApiProperty({ description: '主方案编号（附件方案才有）', nullable: true, type: Number })
  parentPlanId!: number | null;

  @ApiProperty({ description: '标题' })
  title!: string;

  @ApiProperty({ description: '发文机关', example: '麟游县人民政府办公室' })
  issuer!: string;

  @ApiProperty({
    description: '文号',
    example: '麟政办发〔2021〕18号',
    nullable: true,
    type: String,
  })
  documentNumber!: string | null;

  @ApiProperty({
    description: '印发日期 YYYY-MM-DD',
    example: '2021-07-16',
    nullable: true,
    type: String,
  })
  issuedDate!: string | null;

  @ApiProperty({ description: '年度', example: 2021 })
  year!: number;

  @ApiProperty({ description: '顶层任务数（重点改革、任务、“一件事”），不含子项' })
  taskCount!: number;

  @ApiProperty({ description: '全部条目数（含子项与办理事项）' })
  itemCount!: number;
}
