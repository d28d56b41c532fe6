import { ApiProperty } from '@nestjs/swagger';
import {
  ATTACHMENT_MEDIA_TYPES,
  type AttachmentMediaType,
  type AttachmentResponse,
} from '@bizenv/shared';

export class AttachmentDto implements AttachmentResponse {
  @ApiProperty({ description: '附件编号（随机 UUID）', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: '文件名（已规范化）', example: '企业开办工作进展.pdf' })
  originalName!: string;

  @ApiProperty({ description: '按文件内容识别的类型', enum: ATTACHMENT_MEDIA_TYPES })
  mediaType!: AttachmentMediaType;

  @ApiProperty({ description: '字节数' })
  size!: number;

  @ApiProperty({ description: 'SHA-256 校验值（十六进制）' })
  sha256!: string;

  @ApiProperty({ description: '上传人' })
  uploadedByUserId!: number;

  @ApiProperty({ description: '上传时间（UTC）' })
  uploadedAt!: string;

  @ApiProperty({ description: '是否已关联到报告等；未关联的上传一天后自动清除' })
  linked!: boolean;

  @ApiProperty({ description: '下载地址', example: '/api/attachments/…/download' })
  downloadUrl!: string;
}
