import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

/**
 * Parse choices of a multipart upload (a JSON upload sends them in its body): the annexes that are
 * plans of their own and the annex tables of the main plan, as in seeds/sources.json.
 */
export class PlanImportChoicesQuery {
  @ApiPropertyOptional({ description: '作为独立方案导入的附件编号，逗号分隔', example: '2,3,4' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z]{1,8}(?:,[0-9A-Za-z]{1,8}){0,19}$/, { message: '附件编号格式不正确' })
  annexPlans?: string;

  @ApiPropertyOptional({
    description: '属于主方案的附件表格：编号:内容（bundles 或 indicator-assignments），逗号分隔',
    example: '1:bundles',
  })
  @IsOptional()
  @Matches(
    /^[0-9A-Za-z]{1,8}:(?:bundles|indicator-assignments)(?:,[0-9A-Za-z]{1,8}:(?:bundles|indicator-assignments)){0,19}$/,
    {
      message: '附件表格格式不正确',
    },
  )
  annexTables?: string;
}

export function choicesOf(query: PlanImportChoicesQuery) {
  return {
    annexPlans: query.annexPlans?.split(',') ?? [],
    annexTables: (query.annexTables?.split(',') ?? []).map((spec) => {
      const [annex, content] = spec.split(':') as [string, 'bundles' | 'indicator-assignments'];
      return { annex, content };
    }),
  };
}
