import { ApiProperty } from '@nestjs/swagger';
import type { TrackedTaskRef } from '@bizenv/shared';

export class TrackedTaskRefDto implements TrackedTaskRef {
  @ApiProperty({ description: '任务编号' })
  id!: number;

  @ApiProperty({ description: '所属方案编号' })
  planId!: number;

  @ApiProperty({ description: '方案中的序号', example: '1' })
  code!: string;

  @ApiProperty({ description: '标题' })
  title!: string;

  @ApiProperty({ description: '辖区代码', example: '610329' })
  jurisdictionCode!: string;
}
