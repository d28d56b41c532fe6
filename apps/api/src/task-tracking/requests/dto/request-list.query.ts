import { ApiPropertyOptional } from '@nestjs/swagger';
import { REQUEST_STATUSES, type RequestListQuery, type RequestStatus } from '@bizenv/shared';
import { IsIn, IsOptional } from 'class-validator';

export class RequestListQueryDto implements RequestListQuery {
  @ApiPropertyOptional({
    description: '只看该状态的申请（待审核：pending）',
    enum: REQUEST_STATUSES,
  })
  @IsOptional()
  @IsIn(REQUEST_STATUSES, { message: '申请状态须为 pending、approved 或 rejected' })
  status?: RequestStatus;
}
