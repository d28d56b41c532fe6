import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AnnexTableContent, CreatePlanImportRequest } from '@bizenv/shared';
import { IsArray, IsOptional, IsString, MaxLength } from 'class-validator';

/** Longest pasted document accepted, in characters (the seed documents are ~26 000). */
export const MAX_PASTED_LENGTH = 2_000_000;

export class CreatePlanImportDto implements CreatePlanImportRequest {
  @ApiProperty({ description: '方案全文（粘贴的文本）' })
  @IsString({ message: '方案全文须为文字' })
  @MaxLength(MAX_PASTED_LENGTH, { message: '方案全文过长' })
  text!: string;

  @ApiPropertyOptional({ description: '作为独立方案导入的附件编号', type: [String] })
  @IsOptional()
  @IsArray({ message: '附件编号须为列表' })
  @IsString({ each: true, message: '附件编号须为文字' })
  annexPlans?: string[];

  @ApiPropertyOptional({ description: '属于主方案的附件表格（bundles 或 indicator-assignments）' })
  @IsOptional()
  @IsArray({ message: '附件表格须为列表' })
  annexTables?: { annex: string; content: AnnexTableContent }[];
}
