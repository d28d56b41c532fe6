import { ApiProperty } from '@nestjs/swagger';
import type { LeaderResponse } from '@bizenv/shared';

export class LeaderDto implements LeaderResponse {
  @ApiProperty({ description: '领导编号', example: 1 })
  id!: number;

  @ApiProperty({ description: '姓名', example: '闫秉云' })
  name!: string;

  @ApiProperty({ description: '职务', example: '县委常委、副县长' })
  title!: string;
}
