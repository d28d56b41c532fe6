import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class AttachmentIdParams {
  @ApiProperty({ description: '附件编号（UUID）', format: 'uuid' })
  @IsUUID('4', { message: '附件编号格式不正确' })
  id!: string;
}
