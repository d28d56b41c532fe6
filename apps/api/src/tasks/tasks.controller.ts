import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { SessionUser, TaskDetailResponse, TaskResponse } from '@bizenv/shared';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { IdParams } from '../common/id.params.js';
import { TaskDetailDto } from './dto/task-detail.dto.js';
import { TaskDto } from './dto/task.dto.js';
import { TasksService } from './tasks.service.js';

@ApiTags('任务')
@Controller()
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get('plans/:id/tasks')
  @SignedIn()
  @ApiOperation({ summary: '方案的任务树（顶层任务及其子项，含牵头/配合部门、时限、量化目标）' })
  @ApiOkResponse({ type: [TaskDto] })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: '编号格式不正确' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该方案' })
  listByPlan(@CurrentUser() user: SessionUser, @Param() params: IdParams): Promise<TaskResponse[]> {
    return this.tasks.getPlanTree(user, params.id);
  }

  @Get('tasks/:id')
  @SignedIn()
  @ApiOperation({ summary: '查看任务（所属方案、上级任务、包抓领导）' })
  @ApiOkResponse({ type: TaskDetailDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: '编号格式不正确' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该任务' })
  get(@CurrentUser() user: SessionUser, @Param() params: IdParams): Promise<TaskDetailResponse> {
    return this.tasks.getDetail(user, params.id);
  }
}
