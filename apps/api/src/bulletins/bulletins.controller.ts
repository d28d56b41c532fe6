import { Body, Controller, Get, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { BulletinDetailResponse, BulletinResponse, SessionUser } from '@bizenv/shared';
import type { FastifyReply } from 'fastify';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { IdParams } from '../common/id.params.js';
import { JurisdictionCodeParams } from '../jurisdictions/dto/jurisdiction-code.params.js';
import { BulletinPublishingService } from './bulletin-publishing.service.js';
import { BulletinsService } from './bulletins.service.js';
import {
  BulletinFileParams,
  GenerateBulletinDto,
  PublishBulletinDto,
  UnlockReportPeriodDto,
} from './dto/bulletin-requests.dto.js';

@ApiTags('通报')
@ApiBadRequestResponse({ type: ApiErrorDto, description: '参数不正确' })
@Controller()
export class BulletinsController {
  constructor(
    private readonly bulletins: BulletinsService,
    private readonly publishing: BulletinPublishingService,
  ) {}

  @Get('jurisdictions/:code/bulletins')
  @SignedIn('office', 'leader', 'city_viewer')
  @ApiOperation({ summary: '辖区的月度、季度通报（营商办、领导；市级可查看所辖县区）' })
  @ApiOkResponse({ description: '通报列表（生成人、时间、文件、锁定记录）' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该辖区' })
  list(
    @CurrentUser() user: SessionUser,
    @Param() params: JurisdictionCodeParams,
  ): Promise<BulletinResponse[]> {
    return this.bulletins.list(user, params.code);
  }

  @Post('jurisdictions/:code/bulletins')
  @SignedIn('office')
  @HttpCode(201)
  @ApiOperation({ summary: '生成（或重新生成草稿）某月或某季度的通报：Word 通报与 Excel 台账' })
  @ApiCreatedResponse({ description: '通报及其数据' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '只有本辖区营商办可以生成' })
  @ApiConflictResponse({ type: ApiErrorDto, description: '该期通报已发布' })
  generate(
    @CurrentUser() user: SessionUser,
    @Param() params: JurisdictionCodeParams,
    @Body() body: GenerateBulletinDto,
  ): Promise<BulletinDetailResponse> {
    return this.bulletins.generate(user, params.code, body);
  }

  @Get('bulletins/:id')
  @SignedIn('office', 'leader', 'city_viewer')
  @ApiOperation({ summary: '通报详情（含通报数据，供打印视图使用）' })
  @ApiOkResponse({ description: '通报详情' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该通报' })
  get(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
  ): Promise<BulletinDetailResponse> {
    return this.bulletins.get(user, params.id);
  }

  @Get('bulletins/:id/files/:kind')
  @SignedIn('office', 'leader', 'city_viewer')
  @ApiOperation({
    summary: '下载通报文件：docx（通报）或 xlsx（任务台账）；已发布的文件与发布时完全一致',
  })
  @ApiOkResponse({ description: '文件内容' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该通报' })
  async download(
    @CurrentUser() user: SessionUser,
    @Param() params: BulletinFileParams,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.bulletins.download(user, params.id, params.kind);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Cache-Control', 'no-store');
    // As for evidence files: a kept-alive connection that streamed a file delayed shutdown.
    reply.header('Connection', 'close');
    return new StreamableFile(file.stream, {
      type: file.mediaType,
      disposition: file.contentDisposition,
      length: file.size,
    });
  }

  @Post('bulletins/:id/publish')
  @SignedIn('office')
  @HttpCode(200)
  @ApiOperation({ summary: '发布通报：文件定稿，锁定该期（季度为三个月）的月度报告' })
  @ApiOkResponse({ description: '已发布的通报' })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: '已发布或版本冲突' })
  publish(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: PublishBulletinDto,
  ): Promise<BulletinDetailResponse> {
    return this.publishing.publish(user, params.id, body.version);
  }

  @Post('bulletins/:id/unlock')
  @SignedIn('office')
  @HttpCode(200)
  @ApiOperation({ summary: '解锁已发布通报中某月的报告（须填写原因，记录在案）' })
  @ApiOkResponse({ description: '通报（含锁定记录）' })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: '通报未发布或该月未锁定' })
  unlock(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: UnlockReportPeriodDto,
  ): Promise<BulletinDetailResponse> {
    return this.publishing.unlock(user, params.id, body);
  }
}
