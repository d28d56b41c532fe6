import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { HolidayYearResponse, SessionUser } from '@bizenv/shared';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { HolidayYearDto } from './dto/holiday-year.dto.js';
import { PutHolidayYearDto } from './dto/put-holiday-year.dto.js';
import { YearParams } from './dto/year.params.js';
import { HolidayYearsService } from './holiday-years.service.js';

@ApiTags('工作日历')
@Controller('calendar/years')
export class CalendarController {
  constructor(private readonly years: HolidayYearsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: '各年节假日安排（系统内置及管理员自定义，自定义覆盖内置）' })
  @ApiOkResponse({ type: [HolidayYearDto] })
  list(): Promise<HolidayYearResponse[]> {
    return this.years.list();
  }

  @Put(':year')
  @SignedIn('system_admin')
  @ApiOperation({ summary: '录入或更正某年的节假日安排（系统管理员）' })
  @ApiOkResponse({ type: HolidayYearDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: '日期不正确或与相邻年份冲突' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '仅系统管理员可修改' })
  @ApiConflictResponse({ type: ApiErrorDto, description: '版本冲突' })
  put(
    @CurrentUser() user: SessionUser,
    @Param() params: YearParams,
    @Body() body: PutHolidayYearDto,
  ): Promise<HolidayYearResponse> {
    return this.years.put(user, params.year, body);
  }

  @Delete(':year')
  @HttpCode(204)
  @SignedIn('system_admin')
  @ApiOperation({ summary: '删除自定义的节假日安排，恢复系统内置数据（系统管理员）' })
  @ApiNoContentResponse({ description: '已恢复' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '该年份没有自定义安排' })
  async remove(@Param() params: YearParams): Promise<void> {
    await this.years.remove(params.year);
  }
}
