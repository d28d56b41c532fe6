import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export class YearParams {
  @ApiProperty({ description: '年份', example: 2027, minimum: 2000, maximum: 2100 })
  @Transform(({ value }) =>
    typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : Number.NaN,
  )
  @IsInt({ message: '年份须为4位数字' })
  @Min(2000, { message: '年份须在 2000–2100 之间' })
  @Max(2100, { message: '年份须在 2000–2100 之间' })
  year!: number;
}
