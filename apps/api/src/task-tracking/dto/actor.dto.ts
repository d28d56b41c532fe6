import { ApiProperty } from '@nestjs/swagger';
import type { ActorRef } from '@bizenv/shared';

export class ActorDto implements ActorRef {
  @ApiProperty({ description: '用户编号' })
  id!: number;

  @ApiProperty({ description: '姓名', example: '张三' })
  displayName!: string;
}
