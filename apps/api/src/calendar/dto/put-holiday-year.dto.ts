import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PutHolidayYearRequest } from '@bizenv/shared';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Min } from 'class-validator';

/** A notice lists a few dozen days; anything near a whole year of entries is a mistake. */
const MAX_DAYS = 120;

export class PutHolidayYearDto implements PutHolidayYearRequest {
  @ApiProperty({
    description: '放假日期 YYYY-MM-DD（含连休的周末）',
    type: [String],
    example: ['2027-01-01'],
  })
  @IsArray({ message: 'holidays 须为日期数组' })
  @ArrayMaxSize(MAX_DAYS, { message: `holidays 最多 ${MAX_DAYS} 天` })
  @IsString({ each: true, message: 'holidays 的每一项须为 YYYY-MM-DD 日期' })
  holidays!: string[];

  @ApiProperty({ description: '调休上班日 YYYY-MM-DD（周六或周日）', type: [String], example: [] })
  @IsArray({ message: 'makeupWorkdays 须为日期数组' })
  @ArrayMaxSize(MAX_DAYS, { message: `makeupWorkdays 最多 ${MAX_DAYS} 天` })
  @IsString({ each: true, message: 'makeupWorkdays 的每一项须为 YYYY-MM-DD 日期' })
  makeupWorkdays!: string[];

  @ApiPropertyOptional({ description: '修改已有的自定义年份时必填：读取时的版本号' })
  @IsOptional()
  @IsInt({ message: '版本号须为整数' })
  @Min(0, { message: '版本号须为非负整数' })
  version?: number;
}
