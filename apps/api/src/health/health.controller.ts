import { Controller, Get } from '@nestjs/common';
import {
  ApiInternalServerErrorResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { HealthResponse } from '@bizenv/shared';
import { Public } from '../access/access-rule.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { HealthDto } from './dto/health.dto.js';
import { HealthService } from './health.service.js';

@ApiTags('运行状态')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: '运行状态（含数据库连通性）' })
  @ApiOkResponse({ type: HealthDto })
  @ApiInternalServerErrorResponse({ type: ApiErrorDto, description: '数据库无法访问' })
  check(): Promise<HealthResponse> {
    return this.health.check();
  }
}
