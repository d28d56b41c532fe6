import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SessionUser, TaskEventResponse } from '@bizenv/shared';
import { SignedIn } from '../../access/access-rule.decorator.js';
import { CurrentUser } from '../../access/current-user.decorator.js';
import { ApiErrorDto } from '../../common/api-error.dto.js';
import { IdParams } from '../../common/id.params.js';
import { TaskEventDto } from './dto/task-event.dto.js';
import { TaskTimelineService } from './task-timeline.service.js';

@ApiTags('任务跟踪')
@Controller()
export class TaskEventsController {
  constructor(private readonly timeline: TaskTimelineService) {}

  @Get('tasks/:id/events')
  @SignedIn()
  @ApiOperation({ summary: '任务动态：状态变更、销号、延期/调整、批示（最新在前）' })
  @ApiOkResponse({ type: [TaskEventDto] })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该任务' })
  list(@CurrentUser() user: SessionUser, @Param() params: IdParams): Promise<TaskEventResponse[]> {
    return this.timeline.list(user, params.id);
  }
}
