import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { JurisdictionSettingsResponse, SessionUser } from '@bizenv/shared';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { JurisdictionCodeParams } from '../jurisdictions/dto/jurisdiction-code.params.js';
import {
  JurisdictionSettingsDto,
  UpdateJurisdictionSettingsDto,
} from './dto/jurisdiction-settings.dto.js';
import { ReportSettingsService } from './report-settings.service.js';

@ApiTags('月度报告')
@Controller('jurisdictions/:code/settings')
export class ReportSettingsController {
  constructor(private readonly settings: ReportSettingsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: '辖区的月度报告设置（截止日、提醒天数）' })
  @ApiOkResponse({ type: JurisdictionSettingsDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该辖区' })
  get(
    @CurrentUser() user: SessionUser,
    @Param() params: JurisdictionCodeParams,
  ): Promise<JurisdictionSettingsResponse> {
    return this.settings.get(user, params.code);
  }

  @Put()
  @SignedIn('office')
  @ApiOperation({ summary: '修改辖区的月度报告设置（本辖区营商办）' })
  @ApiOkResponse({ type: JurisdictionSettingsDto })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '仅本辖区营商办可修改' })
  @ApiConflictResponse({ type: ApiErrorDto, description: '版本冲突' })
  update(
    @CurrentUser() user: SessionUser,
    @Param() params: JurisdictionCodeParams,
    @Body() body: UpdateJurisdictionSettingsDto,
  ): Promise<JurisdictionSettingsResponse> {
    return this.settings.update(user, params.code, body);
  }
}
