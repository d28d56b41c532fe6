import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MANAGEABLE_ROLES,
  type ManageableRole,
  PHONE_PATTERN,
  type UpdateUserRequest,
} from '@bizenv/shared';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ description: '姓名或称呼' })
  @IsOptional()
  @IsString({ message: '姓名或称呼须为文字' })
  @IsNotEmpty({ message: '姓名或称呼不能为空' })
  @MaxLength(64, { message: '姓名或称呼最多 64 个字' })
  displayName?: string;

  @ApiPropertyOptional({ description: '角色', enum: MANAGEABLE_ROLES })
  @IsOptional()
  @IsIn(MANAGEABLE_ROLES, { message: '角色须为营商办、领导、部门用户或市级查看之一' })
  role?: ManageableRole;

  @ApiPropertyOptional({
    description: '部门编号（部门用户必填；改为其他角色时自动清空）',
    nullable: true,
    type: Number,
  })
  @ValidateIf((_dto, value) => value !== null && value !== undefined)
  @IsInt({ message: '部门编号须为整数' })
  @Min(1, { message: '部门编号须为正整数' })
  departmentId?: number | null;

  @ApiProperty({ description: '读取时的版本号', example: 1 })
  @IsInt({ message: '版本号须为整数' })
  @Min(1, { message: '版本号须为正整数' })
  version!: number;

  @ApiPropertyOptional({
    description: '个人手机号（11 位，加密存储）',
    nullable: true,
    type: String,
  })
  @ValidateIf((_dto, value) => value !== null && value !== undefined)
  @Matches(PHONE_PATTERN, { message: '手机号须为以 1 开头的 11 位数字' })
  phone?: string | null;
}
