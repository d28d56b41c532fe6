import { ApiProperty } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, type ResetPasswordRequest } from '@bizenv/shared';
import { IsString, MaxLength } from 'class-validator';

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty({ description: '新的初始密码（用户下次登录须修改）' })
  @IsString({ message: '请输入新密码' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `密码最多 ${PASSWORD_MAX_LENGTH} 位` })
  newPassword!: string;
}
