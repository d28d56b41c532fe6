import { ApiProperty } from '@nestjs/swagger';
import type { CreateClosureRequest } from '@bizenv/shared';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';
import { RequiredText, VersionField } from '../../dto/fields.js';

/** Most evidence files one closure request carries. */
const MAX_ATTACHMENTS = 20;

export class CreateClosureRequestDto implements CreateClosureRequest {
  @RequiredText('完成情况说明')
  note!: string;

  @ApiProperty({
    description: '佐证材料编号（先通过 POST /api/attachments 上传），至少一个',
    type: [String],
    format: 'uuid',
  })
  @IsArray({ message: '佐证材料须为编号列表' })
  @ArrayMinSize(1, { message: '请上传至少一份佐证材料' })
  @ArrayMaxSize(MAX_ATTACHMENTS, { message: `佐证材料不能超过 ${MAX_ATTACHMENTS} 份` })
  @ArrayUnique({ message: '佐证材料不能重复' })
  @IsUUID('all', { each: true, message: '佐证材料编号格式不正确' })
  attachmentIds!: string[];

  @VersionField()
  version!: number;
}
