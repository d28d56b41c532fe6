import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { ReportDetailResponse, ReportListResponse, SessionUser } from '@bizenv/shared';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { IdParams } from '../common/id.params.js';
import { ReportListQueryDto } from './dto/report-queries.dto.js';
import {
  ReturnReportDto,
  SaveReportDto,
  TaskPeriodParams,
  VersionDto,
} from './dto/report-requests.dto.js';
import { ReportDetailDto, ReportListDto } from './dto/report-responses.dto.js';
import { ReportQueriesService } from './report-queries.service.js';
import { ReportReviewService } from './report-review.service.js';
import { ReportsService } from './reports.service.js';

/** Readers of reports: office and leaders of the jurisdiction (and the city above), departments their own. */
const READERS = ['office', 'leader', 'department', 'city_viewer'] as const;

@ApiTags('月度报告')
@Controller()
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly queries: ReportQueriesService,
    private readonly review: ReportReviewService,
  ) {}

  @Get('reports')
  @SignedIn(...READERS)
  @ApiOperation({ summary: '报告列表（营商办待审、部门本单位报告；草稿仅本部门可见）' })
  @ApiOkResponse({ type: ReportListDto })
  list(
    @CurrentUser() user: SessionUser,
    @Query() query: ReportListQueryDto,
  ): Promise<ReportListResponse> {
    return this.queries.list(user, {
      ...query,
      limit: query.limit ?? 100,
      offset: query.offset ?? 0,
    });
  }

  @Get('reports/:id')
  @SignedIn(...READERS)
  @ApiOperation({ summary: '查看报告（含目标实际值、佐证材料、报送审核记录）' })
  @ApiOkResponse({ type: ReportDetailDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该进展报告' })
  get(@CurrentUser() user: SessionUser, @Param() params: IdParams): Promise<ReportDetailResponse> {
    return this.queries.get(user, params.id);
  }

  @Get('tasks/:id/reports')
  @SignedIn(...READERS)
  @ApiOperation({ summary: '任务的月度报告时间线（按报告期倒序）' })
  @ApiOkResponse({ type: [ReportDetailDto] })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该任务' })
  timeline(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
  ): Promise<ReportDetailResponse[]> {
    return this.queries.timeline(user, params.id);
  }

  @Put('tasks/:id/reports/:period')
  @SignedIn('department')
  @ApiOperation({ summary: '填写或修改本部门该月的报告（草稿或被退回的报告）' })
  @ApiOkResponse({ type: ReportDetailDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: '内容不正确、附件无效、报告期在未来' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '本部门不承担该任务' })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description: '已报送、已通过、任务已销号或暂缓、版本冲突',
  })
  save(
    @CurrentUser() user: SessionUser,
    @Param() params: TaskPeriodParams,
    @Body() body: SaveReportDto,
  ): Promise<ReportDetailResponse> {
    return this.reports.save(user, params.id, params.period, body);
  }

  @Post('reports/:id/submit')
  @HttpCode(200)
  @SignedIn('department')
  @ApiOperation({ summary: '报送报告（报送后营商办审核前不能修改）' })
  @ApiOkResponse({ type: ReportDetailDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: '缺少工作进展、完成进度或目标实际值' })
  @ApiConflictResponse({ type: ApiErrorDto, description: '已报送、已通过或版本冲突' })
  submit(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: VersionDto,
  ): Promise<ReportDetailResponse> {
    return this.reports.submit(user, params.id, body.version);
  }

  @Post('reports/:id/accept')
  @HttpCode(200)
  @SignedIn('office')
  @ApiOperation({ summary: '审核通过（牵头部门报告的完成进度记入任务）' })
  @ApiOkResponse({ type: ReportDetailDto })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '仅任务所在辖区营商办可审核' })
  @ApiConflictResponse({ type: ApiErrorDto, description: '报告不是待审核状态或版本冲突' })
  accept(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: VersionDto,
  ): Promise<ReportDetailResponse> {
    return this.review.accept(user, params.id, body.version);
  }

  @Post('reports/:id/return')
  @HttpCode(200)
  @SignedIn('office')
  @ApiOperation({ summary: '退回报告（须写明原因，部门修改后重新报送）' })
  @ApiOkResponse({ type: ReportDetailDto })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '仅任务所在辖区营商办可审核' })
  @ApiConflictResponse({ type: ApiErrorDto, description: '报告不是待审核状态或版本冲突' })
  return(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: ReturnReportDto,
  ): Promise<ReportDetailResponse> {
    return this.review.return(user, params.id, body.reason, body.version);
  }
}
