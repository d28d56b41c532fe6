import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';

export class PlanImportIdParams {
  @ApiProperty({ description: '辖区代码（GB/T 2260，6位数字）', example: '610329' })
  @Matches(/^\d{6}$/, { message: '辖区代码须为6位数字' })
  code!: string;

  @ApiProperty({ description: '导入草稿编号' })
  @Type(() => Number)
  @IsInt({ message: '草稿编号须为整数' })
  @Min(1, { message: '草稿编号须为正整数' })
  @Max(2_147_483_647, { message: '草稿编号过大' })
  id!: number;
}
