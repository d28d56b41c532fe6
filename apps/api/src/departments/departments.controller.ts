import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { DepartmentResponse, SessionUser } from '@bizenv/shared';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { JurisdictionCodeParams } from '../jurisdictions/dto/jurisdiction-code.params.js';
import { DepartmentsService } from './departments.service.js';
import { DepartmentDto } from './dto/department.dto.js';

@ApiTags('部门')
@Controller()
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get('jurisdictions/:code/departments')
  @SignedIn()
  @ApiOperation({ summary: '辖区的部门与单位' })
  @ApiOkResponse({ type: [DepartmentDto] })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: '辖区代码格式不正确' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该辖区' })
  list(
    @CurrentUser() user: SessionUser,
    @Param() params: JurisdictionCodeParams,
  ): Promise<DepartmentResponse[]> {
    return this.departments.listByJurisdiction(user, params.code);
  }
}
