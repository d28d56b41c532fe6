import { ApiProperty } from '@nestjs/swagger';
import { type ChangePasswordRequest, PASSWORD_MAX_LENGTH } from '@bizenv/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ description: '当前密码' })
  @IsString({ message: '请输入当前密码' })
  @IsNotEmpty({ message: '请输入当前密码' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `密码最多 ${PASSWORD_MAX_LENGTH} 位` })
  currentPassword!: string;

  @ApiProperty({ description: '新密码：至少 10 位，含大写、小写、数字、符号中的三类，不含用户名' })
  @IsString({ message: '请输入新密码' })
  @IsNotEmpty({ message: '请输入新密码' })
  newPassword!: string;
}
