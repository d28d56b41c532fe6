import { ApiPropertyOptional } from '@nestjs/swagger';
import type { NotificationListQuery } from '@bizenv/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { toBoolean } from '../../common/query-boolean.js';

export class NotificationListQueryDto implements NotificationListQuery {
  @ApiPropertyOptional({ description: 'true：只看未读', type: Boolean })
  @IsOptional()
  @Transform(({ value }) => toBoolean(value))
  @IsBoolean({ message: 'unread 须为 true 或 false' })
  unread?: boolean;
}
