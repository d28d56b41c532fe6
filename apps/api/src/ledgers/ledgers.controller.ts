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
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ERROR_CODES, type LedgerImportResponse, type SessionUser } from '@bizenv/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { IdParams } from '../common/id.params.js';
import { LedgerImportQueryDto } from './dto/ledger-import.query.js';
import { LedgerImportResultDto } from './dto/ledger-import-result.dto.js';
import { LedgerExportService } from './ledger-export.service.js';
import { LedgerImportService } from './ledger-import.service.js';
import { readUploadedFile } from './ledger-upload.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function xlsxFile(bytes: Buffer, fileName: string): StreamableFile {
  return new StreamableFile(bytes, {
    type: XLSX,
    disposition: `attachment; filename="${fileName}"`,
    length: bytes.length,
  });
}

@ApiTags('台账')
@Controller()
export class LedgersController {
  constructor(
    private readonly exports: LedgerExportService,
    private readonly imports: LedgerImportService,
  ) {}

  @Get('plans/:id/ledger.xlsx')
  // Departments keep to their own tasks on the web; the ledger is the whole plan.
  @SignedIn('office', 'leader', 'city_viewer')
  @ApiOperation({ summary: '导出方案台账（每个任务一行，含最新进展和目标实际值）' })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: '.xlsx 文件' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该方案' })
  async export(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
  ): Promise<StreamableFile> {
    const file = await this.exports.exportPlan(user, params.id);
    return xlsxFile(file.bytes, `ledger-${file.key}.xlsx`);
  }

  @Get('ledger-template.xlsx')
  @SignedIn('office')
  @ApiOperation({ summary: '下载空白台账模板（含填写说明）' })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: '.xlsx 文件' })
  async template(): Promise<StreamableFile> {
    return xlsxFile(await this.exports.template(), 'ledger-template.xlsx');
  }

  @Post('plans/:id/ledger')
  @HttpCode(200)
  @SignedIn('office')
  @ApiOperation({
    summary:
      '导入台账，更新已有任务的名称、内容和状态；dryRun=true 只预览。有错误的单元格时不写入任何内容（422，附错误列表）',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiOkResponse({ type: LedgerImportResultDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: '没有文件、文件损坏或不是台账模板' })
  @ApiPayloadTooLargeResponse({ type: ApiErrorDto, description: '文件过大' })
  @ApiUnprocessableEntityResponse({ type: LedgerImportResultDto, description: '有错误的单元格' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该方案' })
  async import(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Query() query: LedgerImportQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LedgerImportResponse | (LedgerImportResponse & { code: string; message: string })> {
    const bytes = await readUploadedFile(request);
    const result = await this.imports.import(user, params.id, bytes, query.dryRun === true);
    if (result.dryRun || result.errors.length === 0) return result;
    reply.status(ERROR_CODES.LEDGER_INVALID.status);
    return { code: 'LEDGER_INVALID', message: ERROR_CODES.LEDGER_INVALID.message, ...result };
  }
}
