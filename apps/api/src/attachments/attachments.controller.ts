import { Controller, Get, HttpCode, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { AttachmentResponse, SessionUser } from '@bizenv/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { AttachmentsService } from './attachments.service.js';
import { AttachmentIdParams } from './dto/attachment-id.params.js';
import { AttachmentDto } from './dto/attachment.dto.js';
import { withUploadedFile } from './multipart.setup.js';

@ApiTags('佐证材料')
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @HttpCode(201)
  @SignedIn('office', 'department')
  @ApiOperation({
    summary: '上传一个佐证材料（PDF、Word、Excel、JPG、PNG），随后在报告中引用其编号',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiCreatedResponse({ type: AttachmentDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: '没有文件或文件名不合法' })
  @ApiPayloadTooLargeResponse({ type: ApiErrorDto, description: '文件过大' })
  @ApiUnsupportedMediaTypeResponse({ type: ApiErrorDto, description: '文件类型不允许' })
  upload(
    @CurrentUser() user: SessionUser,
    @Req() request: FastifyRequest,
  ): Promise<AttachmentResponse> {
    return withUploadedFile(
      request,
      (file) => this.attachments.upload(user, file),
      (stored) => this.attachments.discardUpload(stored.id),
    );
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: '附件信息' })
  @ApiOkResponse({ type: AttachmentDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该附件（或无权查看）' })
  get(
    @CurrentUser() user: SessionUser,
    @Param() params: AttachmentIdParams,
  ): Promise<AttachmentResponse> {
    return this.attachments.get(user, params.id);
  }

  @Get(':id/download')
  @SignedIn()
  @ApiOperation({ summary: '下载附件（上传人在关联前可下载；关联后能查看该报告的人可下载）' })
  @ApiOkResponse({ description: '文件内容' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该附件（或无权查看）' })
  async download(
    @CurrentUser() user: SessionUser,
    @Param() params: AttachmentIdParams,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.attachments.download(user, params.id);
    // Never rendered inline, never sniffed into HTML, never cached by a shared proxy.
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Cache-Control', 'no-store');
    // A keep-alive connection that carried a streamed file was still counted busy afterwards,
    // which kept the server from ever finishing a shutdown; downloads are one-offs anyway.
    reply.header('Connection', 'close');
    return new StreamableFile(file.stream, {
      type: file.mediaType,
      disposition: file.contentDisposition,
      length: file.size,
    });
  }
}
