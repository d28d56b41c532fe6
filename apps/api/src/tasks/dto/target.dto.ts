import { ApiProperty } from '@nestjs/swagger';
import { TARGET_COMPARATORS, type TargetComparator, type TargetResponse } from '@bizenv/shared';

export class TargetDto implements TargetResponse {
  @ApiProperty({ description: '目标编号' })
  id!: number;

  @ApiProperty({ description: '指标项', example: '全程网办率' })
  metric!: string;

  @ApiProperty({ description: '比较方式：lte ≤、gte ≥、eq =', enum: TARGET_COMPARATORS })
  comparator!: TargetComparator;

  @ApiProperty({ description: '目标值', example: 60 })
  value!: number;

  @ApiProperty({ description: '单位', example: '%' })
  unit!: string;

  @ApiProperty({
    description: '完成时间（原文）',
    example: '2021年底',
    nullable: true,
    type: String,
  })
  period!: string | null;

  @ApiProperty({ description: '基数', nullable: true, type: Number })
  baseline!: number | null;

  @ApiProperty({ description: '原文', example: '全程网办率达到60%以上' })
  printed!: string;
}
