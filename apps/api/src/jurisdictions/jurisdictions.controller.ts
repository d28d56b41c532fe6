import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { JurisdictionResponse } from '@bizenv/shared';
import { Public } from '../access/access-rule.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { JurisdictionCodeParams } from './dto/jurisdiction-code.params.js';
import { JurisdictionDto } from './dto/jurisdiction.dto.js';
import { JurisdictionsService } from './jurisdictions.service.js';

@ApiTags('辖区')
@Controller('jurisdictions')
export class JurisdictionsController {
  constructor(private readonly jurisdictions: JurisdictionsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: '辖区列表（省、市、县，含各自方案数）' })
  @ApiOkResponse({ type: [JurisdictionDto] })
  list(): Promise<JurisdictionResponse[]> {
    return this.jurisdictions.list();
  }

  @Get(':code')
  @Public()
  @ApiOperation({ summary: '查看辖区' })
  @ApiOkResponse({ type: JurisdictionDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: '辖区代码格式不正确' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该辖区' })
  get(@Param() params: JurisdictionCodeParams): Promise<JurisdictionResponse> {
    return this.jurisdictions.get(params.code);
  }
}
