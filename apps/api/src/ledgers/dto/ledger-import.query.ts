import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { toBoolean } from '../../common/query-boolean.js';

export class LedgerImportQueryDto {
  @ApiPropertyOptional({ description: 'true：只预览变更，不写入', type: Boolean })
  @IsOptional()
  @Transform(({ value }) => toBoolean(value))
  @IsBoolean({ message: 'dryRun 须为 true 或 false' })
  dryRun?: boolean;
}
