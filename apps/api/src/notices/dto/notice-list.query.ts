import { ApiPropertyOptional } from '@nestjs/swagger';
import { NOTICE_STATUSES, type NoticeListQuery, type NoticeStatus } from '@bizenv/shared';
import { IsIn, IsOptional } from 'class-validator';
import { IdField, QueryInt } from '../../problems/dto/fields.js';

export class NoticeListQueryDto implements NoticeListQuery {
  @ApiPropertyOptional({ description: '状态', enum: NOTICE_STATUSES })
  @IsOptional()
  @IsIn(NOTICE_STATUSES, { message: '状态须为草稿、已下发、已回复或已办结' })
  status?: NoticeStatus;

  @QueryInt()
  @IdField('部门编号', { optional: true })
  departmentId?: number;

  @QueryInt()
  @IdField('任务编号', { optional: true })
  taskId?: number;
}
