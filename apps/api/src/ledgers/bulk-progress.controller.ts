import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { type BulkProgressResponse, ERROR_CODES, type SessionUser } from '@bizenv/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { BulkProgressParams } from './dto/bulk-progress.params.js';
import { BulkProgressResultDto } from './dto/bulk-progress-result.dto.js';
import { LedgerImportQueryDto } from './dto/ledger-import.query.js';
import { BulkProgressService } from './bulk-progress.service.js';
import { readUploadedFile } from './ledger-upload.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('月度报告')
@Controller()
export class BulkProgressController {
  constructor(private readonly bulk: BulkProgressService) {}

  @Get('reports/bulk/:period.xlsx')
  @SignedIn('department')
  @ApiOperation({ summary: '下载本部门本期报表（每个应报任务一行，含已填写的内容）' })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: '.xlsx 文件' })
  async export(
    @CurrentUser() user: SessionUser,
    @Param() params: BulkProgressParams,
  ): Promise<StreamableFile> {
    const bytes = await this.bulk.export(user, params.period);
    return new StreamableFile(bytes, {
      type: XLSX,
      disposition: `attachment; filename="progress-${params.period}.xlsx"`,
      length: bytes.length,
    });
  }

  @Post('reports/bulk/:period')
  @HttpCode(200)
  @SignedIn('department')
  @ApiOperation({
    summary:
      '上传本期报表，全部保存为草稿；dryRun=true 只预览。有错误的单元格时不保存任何报告（422，附错误列表）',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiOkResponse({ type: BulkProgressResultDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: '没有文件、文件损坏、不是本期报表' })
  @ApiPayloadTooLargeResponse({ type: ApiErrorDto, description: '文件过大' })
  @ApiUnprocessableEntityResponse({ type: BulkProgressResultDto, description: '有错误的单元格' })
  async import(
    @CurrentUser() user: SessionUser,
    @Param() params: BulkProgressParams,
    @Query() query: LedgerImportQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BulkProgressResponse | (BulkProgressResponse & { code: string; message: string })> {
    const bytes = await readUploadedFile(request);
    const result = await this.bulk.import(user, params.period, bytes, query.dryRun === true);
    if (result.dryRun || result.errors.length === 0) return result;
    const invalid = ERROR_CODES.BULK_PROGRESS_INVALID;
    reply.status(invalid.status);
    return { code: 'BULK_PROGRESS_INVALID', message: invalid.message, ...result };
  }
}
