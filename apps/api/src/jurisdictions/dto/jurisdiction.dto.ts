import { ApiProperty } from '@nestjs/swagger';
import {
  JURISDICTION_LEVELS,
  type JurisdictionLevel,
  type JurisdictionResponse,
} from '@bizenv/shared';

export class JurisdictionDto implements JurisdictionResponse {
  @ApiProperty({ description: '辖区代码（GB/T 2260）', example: '610329' })
  code!: string;

  @ApiProperty({ description: '名称', example: '麟游县' })
  name!: string;

  @ApiProperty({ description: '层级：省 / 市 / 县', enum: JURISDICTION_LEVELS })
  level!: JurisdictionLevel;

  @ApiProperty({ description: '上级辖区代码', example: '610300', nullable: true, type: String })
  parentCode!: string | null;

  @ApiProperty({ description: '方案数（含附件方案）', example: 4 })
  planCount!: number;
}
