import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
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
import type { SessionUser, UserResponse } from '@bizenv/shared';
import { SignedIn } from '../access/access-rule.decorator.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { IdParams } from '../common/id.params.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { ResetPasswordDto } from './dto/reset-password.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { UserDto } from './dto/user.dto.js';
import { UsersService } from './users.service.js';

/** The office manages the accounts of its own jurisdiction. */
@ApiTags('用户管理')
@ApiForbiddenResponse({ type: ApiErrorDto, description: '仅营商办可管理本辖区用户' })
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @SignedIn('office')
  @ApiOperation({ summary: '本辖区用户列表' })
  @ApiOkResponse({ type: [UserDto] })
  list(@CurrentUser() user: SessionUser): Promise<UserResponse[]> {
    return this.users.list(user);
  }

  @Post()
  @SignedIn('office')
  @ApiOperation({ summary: '新建用户（设置初始密码，首次登录须修改）' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto,
    description: '参数不正确、密码不符合要求或部门不属于本辖区',
  })
  @ApiConflictResponse({ type: ApiErrorDto, description: '用户名已被使用' })
  create(@CurrentUser() user: SessionUser, @Body() body: CreateUserDto): Promise<UserResponse> {
    return this.users.create(user, body);
  }

  @Patch(':id')
  @SignedIn('office')
  @ApiOperation({ summary: '修改用户（姓名、角色、部门；须带回版本号）' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该用户' })
  @ApiConflictResponse({ type: ApiErrorDto, description: '该记录已被他人修改' })
  update(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: UpdateUserDto,
  ): Promise<UserResponse> {
    return this.users.update(user, params.id, body);
  }

  @Post(':id/reset-password')
  @SignedIn('office')
  @HttpCode(200)
  @ApiOperation({ summary: '重置密码（用户下次登录须修改；立即退出其所有登录）' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该用户' })
  resetPassword(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: ResetPasswordDto,
  ): Promise<UserResponse> {
    return this.users.resetPassword(user, params.id, body);
  }

  @Post(':id/disable')
  @SignedIn('office')
  @HttpCode(200)
  @ApiOperation({ summary: '停用用户（立即退出其所有登录）' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该用户' })
  disable(@CurrentUser() user: SessionUser, @Param() params: IdParams): Promise<UserResponse> {
    return this.users.disable(user, params.id);
  }

  @Post(':id/enable')
  @SignedIn('office')
  @HttpCode(200)
  @ApiOperation({ summary: '启用用户（同时解除锁定）' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该用户' })
  enable(@CurrentUser() user: SessionUser, @Param() params: IdParams): Promise<UserResponse> {
    return this.users.enable(user, params.id);
  }
}
