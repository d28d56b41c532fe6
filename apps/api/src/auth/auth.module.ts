import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { AuthCookies } from './auth-cookies.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { SessionsModule } from './sessions.module.js';

/** Sign-in, sign-out, the current user and password change; exports sessions for the access guard. */
@Module({
  imports: [SessionsModule, UsersModule],
  controllers: [AuthController],
  providers: [AuthService, AuthCookies],
  exports: [SessionsModule],
})
export class AuthModule {}
