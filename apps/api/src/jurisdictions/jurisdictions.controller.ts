import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { JurisdictionResponse, SessionUser } from '@bizenv/shared';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { JurisdictionCodeParams } from './dto/jurisdiction-code.params.js';
import { JurisdictionDto } from './dto/jurisdiction.dto.js';
import { JurisdictionsService } from './jurisdictions.service.js';

@ApiTags('辖区')
@Controller('jurisdictions')
export class JurisdictionsController {
  constructor(private readonly jurisdictions: JurisdictionsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: '可查看的辖区列表（本辖区；市级含所辖县区；含各自方案数）' })
  @ApiOkResponse({ type: [JurisdictionDto] })
  list(@CurrentUser() user: SessionUser): Promise<JurisdictionResponse[]> {
    return this.jurisdictions.list(user);
  }

  @Get(':code')
  @SignedIn()
  @ApiOperation({ summary: '查看辖区' })
  @ApiOkResponse({ type: JurisdictionDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: '辖区代码格式不正确' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该辖区' })
  get(
    @CurrentUser() user: SessionUser,
    @Param() params: JurisdictionCodeParams,
  ): Promise<JurisdictionResponse> {
    return this.jurisdictions.get(user, params.code);
  }
}
