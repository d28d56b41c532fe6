import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateNoticeRequest, NOTICE_LEVELS, type NoticeLevel } from '@bizenv/shared';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { CalendarDate, IdField, Text } from '../../problems/dto/fields.js';

export class CreateNoticeDto implements CreateNoticeRequest {
  @IdField('督办对象部门')
  departmentId!: number;

  @IdField('关联任务编号', { optional: true })
  taskId?: number;

  @IdField('关联问题编号', { optional: true })
  problemId?: number;

  @Text('督办事由')
  reason!: string;

  @ApiProperty({ description: '级别：提醒 / 督办 / 通报', enum: NOTICE_LEVELS })
  @IsIn(NOTICE_LEVELS, { message: '级别须为提醒、督办或通报' })
  level!: NoticeLevel;

  @CalendarDate('回复期限')
  responseDue!: string;

  @ApiPropertyOptional({ description: 'true：直接下发；否则保存为草稿', type: Boolean })
  @IsOptional()
  @IsBoolean({ message: 'issue 须为 true 或 false' })
  issue?: boolean;
}
