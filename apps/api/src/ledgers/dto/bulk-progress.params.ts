import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { PERIOD_MESSAGE, PERIOD_PATTERN } from '../../reports/dto/query-values.js';

export class BulkProgressParams {
  @ApiProperty({ description: '报告期（月份）', example: '2025-07' })
  @Matches(PERIOD_PATTERN, { message: PERIOD_MESSAGE })
  period!: string;
}
