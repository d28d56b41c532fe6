import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { PlanDetailResponse, PlanSummaryResponse, SessionUser } from '@bizenv/shared';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { IdParams } from '../common/id.params.js';
import { JurisdictionCodeParams } from '../jurisdictions/dto/jurisdiction-code.params.js';
import { PlanDetailDto } from './dto/plan-detail.dto.js';
import { PlanSummaryDto } from './dto/plan-summary.dto.js';
import { PlansService } from './plans.service.js';

@ApiTags('方案')
@Controller()
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get('jurisdictions/:code/plans')
  @SignedIn()
  @ApiOperation({ summary: '辖区的方案（每个主方案后接其附件方案，含任务数）' })
  @ApiOkResponse({ type: [PlanSummaryDto] })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: '辖区代码格式不正确' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该辖区' })
  listByJurisdiction(
    @CurrentUser() user: SessionUser,
    @Param() params: JurisdictionCodeParams,
  ): Promise<PlanSummaryResponse[]> {
    return this.plans.listByJurisdiction(user, params.code);
  }

  @Get('plans/:id')
  @SignedIn()
  @ApiOperation({ summary: '查看方案（实施步骤、章节、指标分工、附件方案）' })
  @ApiOkResponse({ type: PlanDetailDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: '编号格式不正确' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该方案' })
  get(@CurrentUser() user: SessionUser, @Param() params: IdParams): Promise<PlanDetailResponse> {
    return this.plans.getDetail(user, params.id);
  }
}
