import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateUserRequest,
  MANAGEABLE_ROLES,
  type ManageableRole,
  PASSWORD_MAX_LENGTH,
  PHONE_PATTERN,
  USERNAME_PATTERN,
} from '@bizenv/shared';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({
    description: '用户名：3–32 位小写字母、数字、点、下划线或连字符',
    example: 'linyou.sjj',
  })
  // Usernames are case-insensitive: stored lower-case.
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString({ message: '请输入用户名' })
  @Matches(USERNAME_PATTERN, { message: '用户名须为 3–32 位字母、数字、点、下划线或连字符' })
  username!: string;

  @ApiProperty({ description: '姓名或称呼', example: '县市场监管局' })
  @IsString({ message: '请输入姓名或称呼' })
  @IsNotEmpty({ message: '请输入姓名或称呼' })
  @MaxLength(64, { message: '姓名或称呼最多 64 个字' })
  displayName!: string;

  @ApiProperty({ description: '角色', enum: MANAGEABLE_ROLES })
  @IsIn(MANAGEABLE_ROLES, { message: '角色须为营商办、领导、部门用户或市级查看之一' })
  role!: ManageableRole;

  @ApiProperty({
    description: '部门编号（部门用户必填，其他角色为空或不填）',
    nullable: true,
    type: Number,
  })
  @ValidateIf((_dto, value) => value !== null && value !== undefined)
  @IsInt({ message: '部门编号须为整数' })
  @Min(1, { message: '部门编号须为正整数' })
  departmentId!: number | null;

  @ApiProperty({ description: '初始密码（用户首次登录须修改）' })
  @IsString({ message: '请输入初始密码' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `密码最多 ${PASSWORD_MAX_LENGTH} 位` })
  initialPassword!: string;

  @ApiPropertyOptional({
    description: '个人手机号（11 位，加密存储）',
    nullable: true,
    type: String,
  })
  @ValidateIf((_dto, value) => value !== null && value !== undefined)
  @Matches(PHONE_PATTERN, { message: '手机号须为以 1 开头的 11 位数字' })
  phone?: string | null;
}
