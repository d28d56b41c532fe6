import { ApiPropertyOptional } from '@nestjs/swagger';
import { NOTICE_LEVELS, type NoticeLevel, type UpdateNoticeRequest } from '@bizenv/shared';
import { IsIn, IsOptional } from 'class-validator';
import { CalendarDate, IdField, Text, VersionField } from '../../problems/dto/fields.js';

/** Editing a draft before it is issued; absent fields keep their value. */
export class UpdateNoticeDto implements UpdateNoticeRequest {
  @VersionField()
  version!: number;

  @IdField('督办对象部门', { optional: true })
  departmentId?: number;

  @Text('督办事由', { optional: true })
  reason?: string;

  @ApiPropertyOptional({ description: '级别：提醒 / 督办 / 通报', enum: NOTICE_LEVELS })
  @IsOptional()
  @IsIn(NOTICE_LEVELS, { message: '级别须为提醒、督办或通报' })
  level?: NoticeLevel;

  @CalendarDate('回复期限', { optional: true })
  responseDue?: string;
}
