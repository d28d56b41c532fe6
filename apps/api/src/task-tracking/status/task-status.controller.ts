import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { SessionUser, TaskStateResponse } from '@bizenv/shared';
import { SignedIn } from '../../access/access-rule.decorator.js';
import { CurrentUser } from '../../access/current-user.decorator.js';
import { ApiErrorDto } from '../../common/api-error.dto.js';
import { IdParams } from '../../common/id.params.js';
import { ChangeTaskStatusDto } from './dto/change-task-status.dto.js';
import { TaskStateDto } from './dto/task-state.dto.js';
import { TaskStatusService } from './task-status.service.js';

@ApiTags('任务跟踪')
@Controller()
export class TaskStatusController {
  constructor(private readonly status: TaskStatusService) {}

  @Post('tasks/:id/status')
  @HttpCode(200)
  @SignedIn('office')
  @ApiOperation({
    summary: '变更任务状态（本辖区营商办，须填写原因；完成与销号须通过销号申请）',
  })
  @ApiOkResponse({ type: TaskStateDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: '参数不正确' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '不是本辖区营商办' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该任务' })
  @ApiConflictResponse({ type: ApiErrorDto, description: '状态不能如此变更，或记录已被他人修改' })
  change(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: ChangeTaskStatusDto,
  ): Promise<TaskStateResponse> {
    return this.status.change(user, params.id, body);
  }
}
