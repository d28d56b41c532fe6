import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { AuditLogPageResponse, SessionUser } from '@bizenv/shared';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { AuditSearchService } from './audit-search.service.js';
import { AuditLogPageDto } from './dto/audit-log-entry.dto.js';
import { AuditLogFilterQueryDto } from './dto/audit-log-filter.query.js';
import { AuditLogQueryDto } from './dto/audit-log.query.js';

@ApiTags('审计日志')
@Controller('audit')
@ApiBadRequestResponse({ type: ApiErrorDto, description: '查询参数不正确' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: '仅营商办可查看审计日志' })
@ApiNotFoundResponse({ type: ApiErrorDto, description: '指定的辖区不存在或无权查看' })
export class AuditController {
  constructor(private readonly audit: AuditSearchService) {}

  @Get()
  @SignedIn('office')
  @ApiOperation({ summary: '查询审计日志（本辖区及下辖县区），最新在前' })
  @ApiOkResponse({ type: AuditLogPageDto })
  search(
    @CurrentUser() user: SessionUser,
    @Query() query: AuditLogQueryDto,
  ): Promise<AuditLogPageResponse> {
    return this.audit.search(user, query);
  }

  @Get('export')
  @SignedIn('office')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiOperation({ summary: '导出审计日志 CSV（UTF-8 带 BOM，条件同查询，最多 100000 条）' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV 文件' })
  async export(
    @CurrentUser() user: SessionUser,
    @Query() query: AuditLogFilterQueryDto,
  ): Promise<StreamableFile> {
    const file = await this.audit.export(user, query);
    return new StreamableFile(file.content, {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
