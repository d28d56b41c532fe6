import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type {
  DashboardReportListResponse,
  DashboardTaskListResponse,
  JurisdictionDashboardResponse,
  RollupResponse,
  SessionUser,
} from '@bizenv/shared';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { JurisdictionCodeParams } from '../jurisdictions/dto/jurisdiction-code.params.js';
import { DashboardDrilldownService } from './dashboard-drilldown.service.js';
import { DashboardRollupService } from './dashboard-rollup.service.js';
import {
  DashboardQueryDto,
  DashboardReportListQueryDto,
  DashboardTaskListQueryDto,
} from './dto/dashboard-queries.dto.js';
import {
  DashboardReportListDto,
  DashboardTaskListDto,
  JurisdictionDashboardDto,
  RollupDto,
} from './dto/dashboard-responses.dto.js';
import { JurisdictionDashboardService } from './jurisdiction-dashboard.service.js';

/**
 * Dashboards of a jurisdiction as of a date, for its office and leaders and for the offices,
 * leaders and viewers above it. Department users have their workspace instead (403).
 */
@ApiTags('领导驾驶舱与统计')
@ApiBadRequestResponse({ type: ApiErrorDto, description: '统计日期、下钻类别或报告期不正确' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: '部门用户和系统管理员不能查看' })
@ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该辖区' })
@Controller('dashboards/jurisdictions/:code')
export class DashboardsController {
  constructor(
    private readonly dashboards: JurisdictionDashboardService,
    private readonly rollups: DashboardRollupService,
    private readonly drilldowns: DashboardDrilldownService,
  ) {}

  @Get()
  @SignedIn('office', 'leader', 'city_viewer')
  @ApiOperation({ summary: '辖区总览：任务、指标、部门、目标、问题（可按历史日期查看）' })
  @ApiOkResponse({ type: JurisdictionDashboardDto })
  dashboard(
    @CurrentUser() user: SessionUser,
    @Param() params: JurisdictionCodeParams,
    @Query() query: DashboardQueryDto,
  ): Promise<JurisdictionDashboardResponse> {
    return this.dashboards.forUser(user, params.code, query.asOf);
  }

  @Get('rollup')
  @SignedIn('office', 'leader', 'city_viewer')
  @ApiOperation({ summary: '下辖县区比较与排名（比学赶超）；市级分配给各县区的任务进展' })
  @ApiOkResponse({ type: RollupDto })
  rollup(
    @CurrentUser() user: SessionUser,
    @Param() params: JurisdictionCodeParams,
    @Query() query: DashboardQueryDto,
  ): Promise<RollupResponse> {
    return this.rollups.forUser(user, params.code, query.asOf);
  }

  @Get('tasks')
  @SignedIn('office', 'leader', 'city_viewer')
  @ApiOperation({ summary: '下钻：某项统计数字背后的任务清单' })
  @ApiOkResponse({ type: DashboardTaskListDto })
  tasks(
    @CurrentUser() user: SessionUser,
    @Param() params: JurisdictionCodeParams,
    @Query() query: DashboardTaskListQueryDto,
  ): Promise<DashboardTaskListResponse> {
    return this.drilldowns.tasks(user, params.code, query.asOf, query.bucket);
  }

  @Get('reports')
  @SignedIn('office', 'leader', 'city_viewer')
  @ApiOperation({ summary: '下钻：某月应报报告及按时、逾期、未报情况' })
  @ApiOkResponse({ type: DashboardReportListDto })
  reports(
    @CurrentUser() user: SessionUser,
    @Param() params: JurisdictionCodeParams,
    @Query() query: DashboardReportListQueryDto,
  ): Promise<DashboardReportListResponse> {
    return this.drilldowns.reports(user, params.code, query);
  }
}
