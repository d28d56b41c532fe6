import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type {
  JurisdictionReportStatusResponse,
  MyReportObligationsResponse,
  SessionUser,
} from '@bizenv/shared';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { JurisdictionCodeParams } from '../jurisdictions/dto/jurisdiction-code.params.js';
import { OptionalPeriodQueryDto, PeriodQueryDto } from './dto/report-queries.dto.js';
import { JurisdictionReportStatusDto, MyReportObligationsDto } from './dto/report-responses.dto.js';
import { ReportStatusService } from './report-status.service.js';

@ApiTags('月度报告')
@Controller()
export class ReportStatusController {
  constructor(private readonly status: ReportStatusService) {}

  @Get('jurisdictions/:code/report-status')
  @SignedIn('office', 'leader', 'city_viewer')
  @ApiOperation({
    summary: '各部门某月报告情况：应报、按时、逾期、未报（按截止日、工作日历实时计算）',
  })
  @ApiOkResponse({ type: JurisdictionReportStatusDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: '报告期格式不正确或在未来' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该辖区' })
  forJurisdiction(
    @CurrentUser() user: SessionUser,
    @Param() params: JurisdictionCodeParams,
    @Query() query: PeriodQueryDto,
  ): Promise<JurisdictionReportStatusResponse> {
    return this.status.forJurisdiction(user, params.code, query.period);
  }

  @Get('me/report-obligations')
  @SignedIn('department')
  @ApiOperation({ summary: '本部门某月应报的任务及报告状态（部门工作台）' })
  @ApiOkResponse({ type: MyReportObligationsDto })
  mine(
    @CurrentUser() user: SessionUser,
    @Query() query: OptionalPeriodQueryDto,
  ): Promise<MyReportObligationsResponse> {
    return this.status.mine(user, query.period);
  }
}
