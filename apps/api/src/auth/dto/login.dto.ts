import { ApiProperty } from '@nestjs/swagger';
import { type LoginRequest, PASSWORD_MAX_LENGTH } from '@bizenv/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ description: '用户名（不区分大小写）', example: 'linyou.office' })
  @IsString({ message: '请输入用户名' })
  @IsNotEmpty({ message: '请输入用户名' })
  @MaxLength(64, { message: '用户名过长' })
  username!: string;

  @ApiProperty({ description: '密码', example: 'Yingshang@2026' })
  @IsString({ message: '请输入密码' })
  @IsNotEmpty({ message: '请输入密码' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `密码最多 ${PASSWORD_MAX_LENGTH} 位` })
  password!: string;
}
