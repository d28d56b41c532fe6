import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEADLINE_KIND_LABELS, type DeadlineKind } from '@bizenv/shared';

/**
 * OpenAPI description of the Deadline union (the field set depends on `kind`). Documentation
 * only: the response property keeps the shared union type.
 */
export class DeadlineDto {
  @ApiProperty({
    description: Object.entries(DEADLINE_KIND_LABELS)
      .map(([kind, label]) => `${kind}：${label}`)
      .join('；'),
    enum: Object.keys(DEADLINE_KIND_LABELS),
  })
  kind!: DeadlineKind;

  @ApiPropertyOptional({
    description: '截止日期 YYYY-MM-DD（date、milestone、phase）',
    example: '2021-12-31',
  })
  date?: string;

  @ApiPropertyOptional({ description: '实施阶段名称（phase）' })
  phase?: string;

  @ApiProperty({
    description: '原文（none 时为 null）',
    example: '年底前',
    nullable: true,
    type: String,
  })
  printed!: string | null;
}
