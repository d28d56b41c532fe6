import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';

const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;

export class AssessmentYearParams {
  @ApiProperty({ description: '辖区代码（6位数字）', example: '610329' })
  @Matches(/^\d{6}$/, { message: '辖区代码须为6位数字' })
  code!: string;

  @ApiProperty({ description: '考核年度', example: 2025 })
  @Transform(toInteger)
  @IsInt({ message: '年度须为4位数字' })
  @Min(2000, { message: '年度须在 2000–2100 之间' })
  @Max(2100, { message: '年度须在 2000–2100 之间' })
  year!: number;
}

export class AssessmentPublicationParams extends AssessmentYearParams {
  @ApiProperty({ description: '发布版本（1 为首次发布）', example: 1 })
  @Transform(toInteger)
  @IsInt({ message: '发布版本须为正整数' })
  @Min(1, { message: '发布版本须为正整数' })
  version!: number;
}
