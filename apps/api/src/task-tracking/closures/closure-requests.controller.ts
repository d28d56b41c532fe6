import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { ClosureRequestResponse, SessionUser } from '@bizenv/shared';
import { SignedIn } from '../../access/access-rule.decorator.js';
import { CurrentUser } from '../../access/current-user.decorator.js';
import { ApiErrorDto } from '../../common/api-error.dto.js';
import { IdParams } from '../../common/id.params.js';
import { ApproveRequestDto, RejectRequestDto } from '../requests/dto/decision.dto.js';
import { RequestListQueryDto } from '../requests/dto/request-list.query.js';
import { ClosureRequestsService } from './closure-requests.service.js';
import { ClosureRequestDto } from './dto/closure-request.dto.js';
import { CreateClosureRequestDto } from './dto/create-closure-request.dto.js';

@ApiTags('任务跟踪')
@ApiBadRequestResponse({ type: ApiErrorDto, description: '参数不正确' })
@Controller()
export class ClosureRequestsController {
  constructor(private readonly closures: ClosureRequestsService) {}

  @Post('tasks/:id/closure-requests')
  @SignedIn('department')
  @ApiOperation({
    summary: '申请销号（牵头部门，附佐证材料；任务变为“已完成（待销号）”）',
  })
  @ApiCreatedResponse({ type: ClosureRequestDto })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '不是该任务的牵头部门' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该任务' })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description: '任务状态不能申请销号，或记录已被他人修改',
  })
  create(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: CreateClosureRequestDto,
  ): Promise<ClosureRequestResponse> {
    return this.closures.create(user, params.id, body);
  }

  @Get('tasks/:id/closure-requests')
  @SignedIn()
  @ApiOperation({ summary: '任务的销号申请（最新在前）' })
  @ApiOkResponse({ type: [ClosureRequestDto] })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该任务' })
  listForTask(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
  ): Promise<ClosureRequestResponse[]> {
    return this.closures.listForTask(user, params.id);
  }

  @Get('closure-requests')
  @SignedIn('office', 'leader', 'department', 'city_viewer')
  @ApiOperation({
    summary:
      '本辖区的销号申请（营商办待审核清单；部门用户只看本部门的申请），最新在前，最多 200 条',
  })
  @ApiOkResponse({ type: [ClosureRequestDto] })
  list(
    @CurrentUser() user: SessionUser,
    @Query() query: RequestListQueryDto,
  ): Promise<ClosureRequestResponse[]> {
    return this.closures.list(user, query);
  }

  @Post('closure-requests/:id/approve')
  @HttpCode(200)
  @SignedIn('office')
  @ApiOperation({ summary: '同意销号（本辖区营商办；任务变为“已销号”）' })
  @ApiOkResponse({ type: ClosureRequestDto })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '不是本辖区营商办' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该销号申请' })
  @ApiConflictResponse({ type: ApiErrorDto, description: '申请已审核，或记录已被他人修改' })
  approve(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: ApproveRequestDto,
  ): Promise<ClosureRequestResponse> {
    return this.closures.approve(user, params.id, body.version);
  }

  @Post('closure-requests/:id/reject')
  @HttpCode(200)
  @SignedIn('office')
  @ApiOperation({ summary: '退回销号申请（本辖区营商办，须填写原因；任务回到“推进中”）' })
  @ApiOkResponse({ type: ClosureRequestDto })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '不是本辖区营商办' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该销号申请' })
  @ApiConflictResponse({ type: ApiErrorDto, description: '申请已审核，或记录已被他人修改' })
  reject(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: RejectRequestDto,
  ): Promise<ClosureRequestResponse> {
    return this.closures.reject(user, params.id, body.version, body.reason);
  }
}
