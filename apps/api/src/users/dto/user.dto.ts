import { ApiProperty } from '@nestjs/swagger';
import { type Role, ROLES, type UserResponse } from '@bizenv/shared';

export class UserDto implements UserResponse {
  @ApiProperty({ description: '用户编号', example: 2 })
  id!: number;

  @ApiProperty({ description: '用户名（小写）', example: 'linyou.xzsp' })
  username!: string;

  @ApiProperty({ description: '姓名或称呼', example: '县行政审批服务局' })
  displayName!: string;

  @ApiProperty({ description: '角色', enum: ROLES })
  role!: Role;

  @ApiProperty({ description: '所属辖区代码', example: '610329' })
  jurisdictionCode!: string;

  @ApiProperty({ description: '所属部门编号（仅部门用户）', nullable: true, type: Number })
  departmentId!: number | null;

  @ApiProperty({ description: '所属部门名称', nullable: true, type: String })
  departmentName!: string | null;

  @ApiProperty({ description: '下次登录须修改密码' })
  mustChangePassword!: boolean;

  @ApiProperty({ description: '锁定至（ISO 时间；未锁定为空）', nullable: true, type: String })
  lockedUntil!: string | null;

  @ApiProperty({ description: '停用时间（ISO 时间；启用中为空）', nullable: true, type: String })
  disabledAt!: string | null;

  @ApiProperty({ description: '最近登录时间（ISO 时间）', nullable: true, type: String })
  lastLoginAt!: string | null;

  @ApiProperty({
    description: '个人手机号（脱敏显示，如 138****5678）',
    nullable: true,
    type: String,
  })
  phoneMasked!: string | null;

  @ApiProperty({ description: '版本号（修改时带回）', example: 1 })
  version!: number;
}
