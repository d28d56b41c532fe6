import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
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
import type { ProblemDetailResponse, ProblemResponse, SessionUser } from '@bizenv/shared';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { IdParams } from '../common/id.params.js';
import { CloseProblemDto } from './dto/close-problem.dto.js';
import { CreateProblemDto } from './dto/create-problem.dto.js';
import { ProblemListQueryDto } from './dto/problem-list.query.js';
import { ProblemDetailDto, ProblemDto } from './dto/problem.dto.js';
import { UpdateProblemDto } from './dto/update-problem.dto.js';
import { ProblemCommandsService } from './problem-commands.service.js';
import { ProblemsService } from './problems.service.js';

@ApiTags('问题清单与整改')
@ApiBadRequestResponse({ type: ApiErrorDto, description: '参数不正确' })
@Controller()
export class ProblemsController {
  constructor(
    private readonly problems: ProblemsService,
    private readonly commands: ProblemCommandsService,
  ) {}

  @Get('problems')
  @SignedIn()
  @ApiOperation({
    summary: '问题清单（部门：本部门负责或参与任务的问题；营商办、领导：可查看辖区内全部）',
  })
  @ApiOkResponse({ type: [ProblemDto] })
  list(
    @CurrentUser() user: SessionUser,
    @Query() query: ProblemListQueryDto,
  ): Promise<ProblemResponse[]> {
    return this.problems.list(user, query);
  }

  @Get('problems/:id')
  @SignedIn()
  @ApiOperation({ summary: '查看问题（含佐证材料与处理记录）' })
  @ApiOkResponse({ type: ProblemDetailDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该问题' })
  get(@CurrentUser() user: SessionUser, @Param() params: IdParams): Promise<ProblemDetailResponse> {
    return this.problems.get(user, params.id);
  }

  @Post('problems')
  @SignedIn('office', 'department')
  @ApiOperation({ summary: '登记问题（营商办：本辖区任务或指标；部门：本部门参与任务的自查问题）' })
  @ApiCreatedResponse({ type: ProblemDetailDto })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  create(
    @CurrentUser() user: SessionUser,
    @Body() body: CreateProblemDto,
  ): Promise<ProblemDetailResponse> {
    return this.commands.create(user, body);
  }

  @Patch('problems/:id')
  @SignedIn('office', 'department')
  @ApiOperation({ summary: '修改问题、填写整改措施与佐证、标记已整改（责任部门或营商办）' })
  @ApiOkResponse({ type: ProblemDetailDto })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: '版本冲突或问题已销号' })
  update(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: UpdateProblemDto,
  ): Promise<ProblemDetailResponse> {
    return this.commands.update(user, params.id, body);
  }

  @Post('problems/:id/close')
  @SignedIn('office')
  @HttpCode(200)
  @ApiOperation({ summary: '销号（营商办，仅已整改的问题）' })
  @ApiOkResponse({ type: ProblemDetailDto })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: '版本冲突、尚未整改或已销号' })
  close(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: CloseProblemDto,
  ): Promise<ProblemDetailResponse> {
    return this.commands.close(user, params.id, body);
  }

  @Get('tasks/:id/problems')
  @SignedIn()
  @ApiOperation({ summary: '任务的问题清单' })
  @ApiOkResponse({ type: [ProblemDto] })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该任务' })
  listForTask(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
  ): Promise<ProblemResponse[]> {
    return this.problems.listForTask(user, params.id);
  }
}
