import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { NotificationListResponse, SessionUser } from '@bizenv/shared';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { IdParams } from '../common/id.params.js';
import { NotificationListQueryDto } from './dto/notification-list.query.js';
import { NotificationListDto } from './dto/notification.dto.js';
import { NotificationService } from './notifications.service.js';

@ApiTags('站内消息')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: '本人的消息（含发给本部门的），最新在前' })
  @ApiOkResponse({ type: NotificationListDto })
  list(
    @CurrentUser() user: SessionUser,
    @Query() query: NotificationListQueryDto,
  ): Promise<NotificationListResponse> {
    return this.notifications.list(user, query.unread === true);
  }

  @Post('read-all')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: '全部标为已读' })
  @ApiNoContentResponse()
  async readAll(@CurrentUser() user: SessionUser): Promise<void> {
    await this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: '标为已读' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该消息' })
  read(@CurrentUser() user: SessionUser, @Param() params: IdParams): Promise<void> {
    return this.notifications.markRead(user, params.id);
  }
}
