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
import type { ChangeRequestResponse, SessionUser } from '@bizenv/shared';
import { SignedIn } from '../../access/access-rule.decorator.js';
import { CurrentUser } from '../../access/current-user.decorator.js';
import { ApiErrorDto } from '../../common/api-error.dto.js';
import { IdParams } from '../../common/id.params.js';
import { ApproveRequestDto, RejectRequestDto } from '../requests/dto/decision.dto.js';
import { RequestListQueryDto } from '../requests/dto/request-list.query.js';
import { ChangeRequestsService } from './change-requests.service.js';
import { ChangeRequestDto } from './dto/change-request.dto.js';
import { CreateChangeRequestDto } from './dto/create-change-request.dto.js';

@ApiTags('任务跟踪')
@ApiBadRequestResponse({ type: ApiErrorDto, description: '参数不正确' })
@Controller()
export class ChangeRequestsController {
  constructor(private readonly changes: ChangeRequestsService) {}

  @Post('tasks/:id/change-requests')
  @SignedIn('department')
  @ApiOperation({
    summary: '提出延期申请（牵头部门）或调整申请（牵头或配合部门：标题、内容、责任部门）',
  })
  @ApiCreatedResponse({ type: ChangeRequestDto })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '不是该任务的（牵头）部门' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该任务' })
  @ApiConflictResponse({ type: ApiErrorDto, description: '已有待审核的同类申请，或任务已销号' })
  create(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: CreateChangeRequestDto,
  ): Promise<ChangeRequestResponse> {
    return this.changes.create(user, params.id, body);
  }

  @Get('tasks/:id/change-requests')
  @SignedIn()
  @ApiOperation({ summary: '任务的延期/调整申请（最新在前）' })
  @ApiOkResponse({ type: [ChangeRequestDto] })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该任务' })
  listForTask(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
  ): Promise<ChangeRequestResponse[]> {
    return this.changes.listForTask(user, params.id);
  }

  @Get('change-requests')
  @SignedIn('office', 'leader', 'department', 'city_viewer')
  @ApiOperation({
    summary:
      '本辖区的延期/调整申请（营商办待审核清单；部门用户只看本部门的申请），最新在前，最多 200 条',
  })
  @ApiOkResponse({ type: [ChangeRequestDto] })
  list(
    @CurrentUser() user: SessionUser,
    @Query() query: RequestListQueryDto,
  ): Promise<ChangeRequestResponse[]> {
    return this.changes.list(user, query);
  }

  @Post('change-requests/:id/approve')
  @HttpCode(200)
  @SignedIn('office')
  @ApiOperation({ summary: '同意延期/调整申请（本辖区营商办；变更随即写入任务，原定时限保留）' })
  @ApiOkResponse({ type: ChangeRequestDto })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '不是本辖区营商办' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该申请' })
  @ApiConflictResponse({ type: ApiErrorDto, description: '申请已审核，或记录已被他人修改' })
  approve(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: ApproveRequestDto,
  ): Promise<ChangeRequestResponse> {
    return this.changes.approve(user, params.id, body.version);
  }

  @Post('change-requests/:id/reject')
  @HttpCode(200)
  @SignedIn('office')
  @ApiOperation({ summary: '退回延期/调整申请（本辖区营商办，须填写原因）' })
  @ApiOkResponse({ type: ChangeRequestDto })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '不是本辖区营商办' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该申请' })
  @ApiConflictResponse({ type: ApiErrorDto, description: '申请已审核，或记录已被他人修改' })
  reject(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: RejectRequestDto,
  ): Promise<ChangeRequestResponse> {
    return this.changes.reject(user, params.id, body.version, body.reason);
  }
}
