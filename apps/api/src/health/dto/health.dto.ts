import { ApiProperty } from '@nestjs/swagger';
import type { HealthResponse } from '@bizenv/shared';

export class HealthDto implements HealthResponse {
  @ApiProperty({ description: '服务状态', enum: ['ok'] })
  status!: 'ok';

  @ApiProperty({ description: '数据库类型', enum: ['sqlite', 'postgres'] })
  db!: 'sqlite' | 'postgres';
}
