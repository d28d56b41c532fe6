import { ApiProperty } from '@nestjs/swagger';
import {
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationListResponse,
  type NotificationResponse,
} from '@bizenv/shared';

export class NotificationDto implements NotificationResponse {
  @ApiProperty({ description: '消息编号' })
  id!: number;

  @ApiProperty({ description: '类别', enum: NOTIFICATION_KINDS })
  kind!: NotificationKind;

  @ApiProperty({ description: '标题' })
  title!: string;

  @ApiProperty({ description: '内容' })
  body!: string;

  @ApiProperty({ description: '网页中的链接路径', nullable: true, type: String })
  link!: string | null;

  @ApiProperty({
    description: '发给部门时为部门编号，发给个人时为空',
    nullable: true,
    type: Number,
  })
  departmentId!: number | null;

  @ApiProperty({ description: '发送时间（UTC）' })
  createdAt!: string;

  @ApiProperty({ description: '本人阅读时间，未读为空', nullable: true, type: String })
  readAt!: string | null;
}

export class NotificationListDto implements NotificationListResponse {
  @ApiProperty({ type: [NotificationDto], description: '最近的消息（最多 100 条）' })
  items!: NotificationDto[];

  @ApiProperty({ description: '未读消息总数' })
  unreadCount!: number;
}
