import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { NoticeDetailResponse, NoticeResponse, SessionUser } from '@bizenv/shared';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { IdParams } from '../common/id.params.js';
import { CreateNoticeDto } from './dto/create-notice.dto.js';
import { AnswerNoticeDto, CloseNoticeDto, IssueNoticeDto } from './dto/notice-actions.dto.js';
import { NoticeListQueryDto } from './dto/notice-list.query.js';
import { NoticeDetailDto, NoticeDto } from './dto/notice.dto.js';
import { UpdateNoticeDto } from './dto/update-notice.dto.js';
import { NoticeCommandsService } from './notice-commands.service.js';
import { NoticeDraftEditsService } from './notice-draft-edits.service.js';
import { NoticesService } from './notices.service.js';

@ApiTags('督办')
@ApiBadRequestResponse({ type: ApiErrorDto, description: '参数不正确' })
@Controller()
export class NoticesController {
  constructor(
    private readonly notices: NoticesService,
    private readonly commands: NoticeCommandsService,
    private readonly drafts: NoticeDraftEditsService,
  ) {}

  @Get('notices')
  @SignedIn()
  @ApiOperation({ summary: '督办通知（部门：发给本部门的；营商办：本辖区含草稿；领导：已下发的）' })
  @ApiOkResponse({ type: [NoticeDto] })
  list(
    @CurrentUser() user: SessionUser,
    @Query() query: NoticeListQueryDto,
  ): Promise<NoticeResponse[]> {
    return this.notices.list(user, query);
  }

  @Get('notices/:id')
  @SignedIn()
  @ApiOperation({ summary: '查看督办通知及处理记录' })
  @ApiOkResponse({ type: NoticeDetailDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  get(@CurrentUser() user: SessionUser, @Param() params: IdParams): Promise<NoticeDetailResponse> {
    return this.notices.get(user, params.id);
  }

  @Post('notices')
  @SignedIn('office')
  @ApiOperation({ summary: '填写督办通知（保存草稿，或 issue=true 直接下发）' })
  @ApiCreatedResponse({ type: NoticeDetailDto })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  create(
    @CurrentUser() user: SessionUser,
    @Body() body: CreateNoticeDto,
  ): Promise<NoticeDetailResponse> {
    return this.commands.create(user, body);
  }

  @Patch('notices/:id')
  @SignedIn('office')
  @ApiOperation({ summary: '修改督办草稿（含系统生成的草稿；下发后不能修改）' })
  @ApiOkResponse({ type: NoticeDetailDto })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: '版本冲突或已下发' })
  update(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: UpdateNoticeDto,
  ): Promise<NoticeDetailResponse> {
    return this.drafts.update(user, params.id, body);
  }

  @Post('notices/:id/issue')
  @SignedIn('office')
  @HttpCode(200)
  @ApiOperation({ summary: '下发草稿（可同时修改事由、级别、回复期限），并通知部门' })
  @ApiOkResponse({ type: NoticeDetailDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: '版本冲突或不是草稿' })
  issue(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: IssueNoticeDto,
  ): Promise<NoticeDetailResponse> {
    return this.commands.issue(user, params.id, body);
  }

  @Post('notices/:id/answer')
  @SignedIn('department')
  @HttpCode(200)
  @ApiOperation({ summary: '回复督办通知（被督办部门）' })
  @ApiOkResponse({ type: NoticeDetailDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: '版本冲突或当前状态不能回复' })
  answer(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: AnswerNoticeDto,
  ): Promise<NoticeDetailResponse> {
    return this.commands.answer(user, params.id, body);
  }

  @Post('notices/:id/close')
  @SignedIn('office')
  @HttpCode(200)
  @ApiOperation({ summary: '办结督办通知（营商办）' })
  @ApiOkResponse({ type: NoticeDetailDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: '版本冲突或当前状态不能办结' })
  close(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: CloseNoticeDto,
  ): Promise<NoticeDetailResponse> {
    return this.commands.close(user, params.id, body);
  }

  @Delete('notices/:id')
  @SignedIn('office')
  @HttpCode(204)
  @ApiOperation({ summary: '放弃草稿（含系统生成的草稿；系统不会再次生成同一草稿）' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ApiErrorDto, description: '不是草稿' })
  discard(@CurrentUser() user: SessionUser, @Param() params: IdParams): Promise<void> {
    return this.commands.discard(user, params.id);
  }

  @Get('tasks/:id/notices')
  @SignedIn()
  @ApiOperation({ summary: '任务的督办通知' })
  @ApiOkResponse({ type: [NoticeDto] })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该任务' })
  listForTask(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
  ): Promise<NoticeResponse[]> {
    return this.notices.listForTask(user, params.id);
  }
}
