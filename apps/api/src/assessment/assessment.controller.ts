import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Put,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type {
  AssessmentResultsResponse,
  AssessmentRulesResponse,
  PublishedAssessmentResponse,
  PublishedAssessmentSummary,
  SessionUser,
} from '@bizenv/shared';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import {
  AssessmentExportService,
  type AssessmentFile,
  XLSX_MEDIA_TYPE,
} from './assessment-export.service.js';
import { AssessmentRulesService } from './assessment-rules.service.js';
import { AssessmentService } from './assessment.service.js';
import { AssessmentPublicationParams, AssessmentYearParams } from './dto/assessment-params.dto.js';
import { UpdateAssessmentRulesDto } from './dto/assessment-rules.dto.js';

/** Who reads results: office, leaders and city viewers; departments get 403 (they read the rules). */
const RESULT_READERS = ['office', 'leader', 'city_viewer'] as const;

function download(file: AssessmentFile): StreamableFile {
  return new StreamableFile(file.content, {
    type: XLSX_MEDIA_TYPE,
    disposition: file.contentDisposition,
  });
}

@ApiTags('年度考核')
@Controller('jurisdictions/:code/assessment/:year')
export class AssessmentController {
  constructor(
    private readonly rules: AssessmentRulesService,
    private readonly assessment: AssessmentService,
    private readonly exports: AssessmentExportService,
  ) {}

  @Get('rules')
  @SignedIn('office', 'leader', 'city_viewer', 'department')
  @ApiOperation({ summary: '年度考核规则（未保存时为默认规则，版本号 0）' })
  @ApiOkResponse({ description: '考核规则' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该辖区' })
  getRules(
    @CurrentUser() user: SessionUser,
    @Param() params: AssessmentYearParams,
  ): Promise<AssessmentRulesResponse> {
    return this.rules.get(user, params.code, params.year);
  }

  @Put('rules')
  @SignedIn('office')
  @ApiOperation({ summary: '修改年度考核规则（本辖区营商办）' })
  @ApiOkResponse({ description: '保存后的考核规则' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '仅本辖区营商办可修改' })
  @ApiConflictResponse({ type: ApiErrorDto, description: '版本冲突' })
  updateRules(
    @CurrentUser() user: SessionUser,
    @Param() params: AssessmentYearParams,
    @Body() body: UpdateAssessmentRulesDto,
  ): Promise<AssessmentRulesResponse> {
    return this.rules.update(user, params.code, params.year, body);
  }

  @Get('results')
  @SignedIn(...RESULT_READERS)
  @ApiOperation({ summary: '按当前规则实时计算的部门得分、排名与明细' })
  @ApiOkResponse({ description: '考核结果' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '部门用户不能查看考核结果' })
  results(
    @CurrentUser() user: SessionUser,
    @Param() params: AssessmentYearParams,
  ): Promise<AssessmentResultsResponse> {
    return this.assessment.results(user, params.code, params.year);
  }

  @Get('results/export')
  @SignedIn(...RESULT_READERS)
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: '导出实时考核结果 Excel（排名、得分明细、考核规则）' })
  @ApiProduces(XLSX_MEDIA_TYPE)
  @ApiOkResponse({ description: 'Excel 文件' })
  async exportResults(
    @CurrentUser() user: SessionUser,
    @Param() params: AssessmentYearParams,
  ): Promise<StreamableFile> {
    return download(await this.exports.live(user, params.code, params.year));
  }

  @Post('publications')
  @HttpCode(201)
  @SignedIn('office')
  @ApiOperation({ summary: '发布考核结果（保存快照；再次发布生成新版本）' })
  @ApiCreatedResponse({ description: '发布的考核结果' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '仅本辖区营商办可发布' })
  publish(
    @CurrentUser() user: SessionUser,
    @Param() params: AssessmentYearParams,
  ): Promise<PublishedAssessmentResponse> {
    return this.assessment.publish(user, params.code, params.year);
  }

  @Get('publications')
  @SignedIn(...RESULT_READERS)
  @ApiOperation({ summary: '已发布的考核结果版本，最新在前' })
  @ApiOkResponse({ description: '发布记录' })
  publications(
    @CurrentUser() user: SessionUser,
    @Param() params: AssessmentYearParams,
  ): Promise<PublishedAssessmentSummary[]> {
    return this.assessment.publications(user, params.code, params.year);
  }

  @Get('publications/:version')
  @SignedIn(...RESULT_READERS)
  @ApiOperation({ summary: '某一版已发布的考核结果（发布时的快照，不随规则变化）' })
  @ApiOkResponse({ description: '已发布的考核结果' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该考核结果' })
  published(
    @CurrentUser() user: SessionUser,
    @Param() params: AssessmentPublicationParams,
  ): Promise<PublishedAssessmentResponse> {
    return this.assessment.published(user, params.code, params.year, params.version);
  }

  @Get('publications/:version/export')
  @SignedIn(...RESULT_READERS)
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: '导出某一版已发布的考核结果 Excel' })
  @ApiProduces(XLSX_MEDIA_TYPE)
  @ApiOkResponse({ description: 'Excel 文件' })
  async exportPublished(
    @CurrentUser() user: SessionUser,
    @Param() params: AssessmentPublicationParams,
  ): Promise<StreamableFile> {
    return download(await this.exports.published(user, params.code, params.year, params.version));
  }
}
