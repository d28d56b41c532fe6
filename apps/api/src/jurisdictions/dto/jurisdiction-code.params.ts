import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class JurisdictionCodeParams {
  @ApiProperty({ description: '辖区代码（GB/T 2260，6位数字）', example: '610329' })
  @Matches(/^\d{6}$/, { message: '辖区代码须为6位数字' })
  code!: string;
}
