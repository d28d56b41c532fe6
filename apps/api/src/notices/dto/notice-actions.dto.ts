import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AnswerNoticeRequest,
  type CloseNoticeRequest,
  type IssueNoticeRequest,
  NOTICE_LEVELS,
  type NoticeLevel,
} from '@bizenv/shared';
import { IsIn, IsOptional } from 'class-validator';
import { CalendarDate, Text, VersionField } from '../../problems/dto/fields.js';

/** Issuing a draft; the office may adjust it on the way out. */
export class IssueNoticeDto implements IssueNoticeRequest {
  @VersionField()
  version!: number;

  @Text('督办事由', { optional: true })
  reason?: string;

  @ApiPropertyOptional({ description: '级别：提醒 / 督办 / 通报', enum: NOTICE_LEVELS })
  @IsOptional()
  @IsIn(NOTICE_LEVELS, { message: '级别须为提醒、督办或通报' })
  level?: NoticeLevel;

  @CalendarDate('回复期限', { optional: true })
  responseDue?: string;
}

export class AnswerNoticeDto implements AnswerNoticeRequest {
  @VersionField()
  version!: number;

  @Text('回复内容')
  response!: string;
}

export class CloseNoticeDto implements CloseNoticeRequest {
  @VersionField()
  version!: number;

  @Text('办结意见', { optional: true })
  reason?: string;
}
