import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type {
  PlanImportCommitResponse,
  PlanImportDraftResponse,
  SessionUser,
} from '@bizenv/shared';
import type { FastifyRequest } from 'fastify';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { withUploadedFile } from '../attachments/multipart.setup.js';
import { createValidationPipe } from '../common/validation.pipe.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JurisdictionCodeParams } from '../jurisdictions/dto/jurisdiction-code.params.js';
import { CreatePlanImportDto } from './dto/create-plan-import.dto.js';
import { choicesOf, PlanImportChoicesQuery } from './dto/plan-import-choices.query.js';
import { PlanImportIdParams } from './dto/plan-import-id.params.js';
import { UpdatePlanImportDto } from './dto/update-plan-import.dto.js';
import { PlanImportService } from './plan-import.service.js';
import { readPastedPlan, readUploadedPlan } from './plan-source.js';
import { readUpload } from './read-upload.js';

@ApiTags('方案导入')
@Controller('jurisdictions/:code/plan-imports')
export class PlanImportController {
  constructor(
    private readonly imports: PlanImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(201)
  @SignedIn('office')
  @ApiOperation({
    summary:
      '上传方案文件（.docx/.txt/.md，multipart 字段 file）或粘贴文本（JSON），生成待审核的导入草稿',
  })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({ type: CreatePlanImportDto })
  @ApiCreatedResponse({ description: '导入草稿' })
  async create(
    @CurrentUser() user: SessionUser,
    @Param() params: JurisdictionCodeParams,
    @Query() query: PlanImportChoicesQuery,
    @Req() request: FastifyRequest,
  ): Promise<PlanImportDraftResponse> {
    await this.imports.assertMayImport(user, params.code);
    if (request.isMultipart()) {
      const source = await withUploadedFile(
        request,
        async (file) => readUploadedPlan(file.fileName, await readUpload(file, this.config)),
        async () => undefined,
      );
      return this.imports.create(user, params.code, source, choicesOf(query));
    }
    const body = (await createValidationPipe().transform(request.body ?? {}, {
      type: 'body',
      metatype: CreatePlanImportDto,
    })) as CreatePlanImportDto;
    return this.imports.create(user, params.code, readPastedPlan(body.text), body);
  }

  @Get(':id')
  @SignedIn('office')
  @ApiOperation({ summary: '导入草稿：解析出的方案、每项任务的原文行号与存疑字段、单位对应' })
  @ApiOkResponse({ description: '导入草稿' })
  get(
    @CurrentUser() user: SessionUser,
    @Param() params: PlanImportIdParams,
  ): Promise<PlanImportDraftResponse> {
    return this.imports.get(user, params.code, params.id);
  }

  @Patch(':id')
  @SignedIn('office')
  @ApiOperation({ summary: '修改导入草稿（任意字段、合并拆分任务、单位对应）' })
  @ApiOkResponse({ description: '修改后的导入草稿' })
  update(
    @CurrentUser() user: SessionUser,
    @Param() params: PlanImportIdParams,
    @Body() body: UpdatePlanImportDto,
  ): Promise<PlanImportDraftResponse> {
    return this.imports.update(user, params.code, params.id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @SignedIn('office')
  @ApiOperation({ summary: '放弃导入草稿' })
  async remove(
    @CurrentUser() user: SessionUser,
    @Param() params: PlanImportIdParams,
  ): Promise<void> {
    await this.imports.remove(user, params.code, params.id);
  }

  @Post(':id/commit')
  @HttpCode(201)
  @SignedIn('office')
  @ApiOperation({ summary: '确认导入：在一个事务中写入方案、任务、新部门与责任分工' })
  @ApiCreatedResponse({ description: '写入的方案' })
  commit(
    @CurrentUser() user: SessionUser,
    @Param() params: PlanImportIdParams,
  ): Promise<PlanImportCommitResponse> {
    return this.imports.commit(user, params.code, params.id);
  }
}
