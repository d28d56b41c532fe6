import { ApiProperty } from '@nestjs/swagger';
import { type Role, ROLES, type SessionResponse, type SessionUser } from '@bizenv/shared';

export class SessionUserDto implements SessionUser {
  @ApiProperty({ description: '用户编号', example: 2 })
  id!: number;

  @ApiProperty({ description: '用户名', example: 'linyou.office' })
  username!: string;

  @ApiProperty({ description: '姓名或称呼', example: '麟游县营商办' })
  displayName!: string;

  @ApiProperty({ description: '角色', enum: ROLES })
  role!: Role;

  @ApiProperty({ description: '所属辖区代码', example: '610329' })
  jurisdictionCode!: string;

  @ApiProperty({ description: '所属部门编号（仅部门用户）', nullable: true, type: Number })
  departmentId!: number | null;

  @ApiProperty({ description: '是否须先修改初始密码' })
  mustChangePassword!: boolean;
}

export class SessionDto implements SessionResponse {
  @ApiProperty({ type: SessionUserDto })
  user!: SessionUserDto;

  @ApiProperty({ description: '写操作须在请求头 X-CSRF-Token 中带回此值' })
  csrfToken!: string;
}
