import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  DASHBOARD_REPORT_STATES,
  type DashboardQuery,
  type DashboardReportListQuery,
  type DashboardReportState,
  type DashboardTaskListQuery,
} from '@bizenv/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, MaxLength, Min } from 'class-validator';
import { toInteger } from '../../reports/dto/query-values.js';

const AS_OF_PATTERN = /^\d{4}-\d{2}(-\d{2})?$/;
const AS_OF_MESSAGE = '统计日期格式应为 YYYY-MM-DD 或 YYYY-MM';

export class DashboardQueryDto implements DashboardQuery {
  @ApiPropertyOptional({
    description: '统计日期（默认今天）；YYYY-MM 表示该月最后一天',
    example: '2025-06-30',
  })
  @IsOptional()
  @Matches(AS_OF_PATTERN, { message: AS_OF_MESSAGE })
  asOf?: string;
}

export class DashboardTaskListQueryDto extends DashboardQueryDto implements DashboardTaskListQuery {
  @ApiPropertyOptional({
    description:
      '下钻类别：all、overdue、due_soon、completed、status:<状态>、indicator:<指标>、department:<部门编号>、department_overdue:<部门编号>、target_verdict:<判定>',
    example: 'overdue',
  })
  @IsOptional()
  @MaxLength(80, { message: '下钻类别无效' })
  bucket?: string;
}

export class DashboardReportListQueryDto
  extends DashboardQueryDto
  implements DashboardReportListQuery
{
  @ApiPropertyOptional({ description: '报告期（默认统计日期所在月）', example: '2025-06' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}$/, { message: '报送期次格式应为 YYYY-MM' })
  period?: string;

  @ApiPropertyOptional({ description: '部门编号' })
  @IsOptional()
  @Transform(({ value }) => toInteger(value))
  @IsInt({ message: '部门编号须为正整数' })
  @Min(1, { message: '部门编号须为正整数' })
  department?: number;

  @ApiPropertyOptional({ description: '报送情况', enum: DASHBOARD_REPORT_STATES })
  @IsOptional()
  @IsIn(DASHBOARD_REPORT_STATES, {
    message: `报送情况须为 ${DASHBOARD_REPORT_STATES.join('、')} 之一`,
  })
  state?: DashboardReportState;
}
