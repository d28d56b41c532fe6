import { Body, Controller, Get, Headers, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { SessionResponse } from '@bizenv/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AllowDuringPasswordChange, Public } from '../access/access-rule.decorator.js';
import { CurrentSession } from '../access/current-user.decorator.js';
import type { RequestSession } from '../access/session-request.js';
import { ApiErrorDto } from '../common/api-error.dto.js';
import { loginRequiresJson } from './auth.errors.js';
import { AuthService } from './auth.service.js';
import { ChangePasswordDto } from './dto/change-password.dto.js';
import { LoginDto } from './dto/login.dto.js';
import { SessionDto } from './dto/session.dto.js';
import { AuthCookies } from './auth-cookies.js';

@ApiTags('登录')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: AuthCookies,
  ) {}

  /**
   * Public, and not CSRF-checked (there is no session yet). Another site cannot sign a browser in
   * or out of anything: the body must be JSON (a cross-site form can only send form encodings or
   * text/plain; a cross-site fetch with JSON needs a CORS preflight, which we never grant), and
   * the cookie is SameSite=Strict.
   */
  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: '登录（成功后设置会话 Cookie，返回当前用户与 CSRF 令牌）' })
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({
    type: ApiErrorDto,
    description: '用户名或密码错误（连续失败5次将锁定15分钟）',
  })
  async login(
    @Body() body: LoginDto,
    @Headers('content-type') contentType: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    if (!contentType?.toLowerCase().startsWith('application/json')) throw loginRequiresJson();
    const signedIn = await this.auth.login(
      body,
      { ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
      this.cookies.sessionIdOf(request),
    );
    this.cookies.set(reply, signedIn.token);
    return { user: signedIn.user, csrfToken: signedIn.csrfToken };
  }

  @Post('logout')
  @AllowDuringPasswordChange()
  @HttpCode(204)
  @ApiOperation({ summary: '退出登录' })
  @ApiNoContentResponse({ description: '已退出' })
  @ApiUnauthorizedResponse({ type: ApiErrorDto, description: '未登录或登录已超时' })
  async logout(
    @CurrentSession() session: RequestSession,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(session);
    this.cookies.clear(reply);
  }

  @Get('me')
  @AllowDuringPasswordChange()
  @ApiOperation({ summary: '当前登录用户与 CSRF 令牌' })
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ type: ApiErrorDto, description: '未登录或登录已超时' })
  me(@CurrentSession() session: RequestSession): SessionResponse {
    return this.auth.me(session);
  }

  @Post('password')
  @AllowDuringPasswordChange()
  @HttpCode(200)
  @ApiOperation({ summary: '修改密码（同时退出该用户的其他登录）' })
  @ApiOkResponse({ type: SessionDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: '当前密码不正确或新密码不符合要求' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'CSRF 令牌无效' })
  changePassword(
    @CurrentSession() session: RequestSession,
    @Body() body: ChangePasswordDto,
  ): Promise<SessionResponse> {
    return this.auth.changePassword(session, body);
  }
}
