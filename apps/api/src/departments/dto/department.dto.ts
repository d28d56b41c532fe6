import { ApiProperty } from '@nestjs/swagger';
import { DEPARTMENT_KINDS, type DepartmentKind, type DepartmentResponse } from '@bizenv/shared';

export class DepartmentDto implements DepartmentResponse {
  @ApiProperty({ description: '部门编号', example: 1 })
  id!: number;

  @ApiProperty({ description: '规范名称', example: '县行政审批服务局' })
  name!: string;

  @ApiProperty({ description: '单位类别', enum: DEPARTMENT_KINDS })
  kind!: DepartmentKind;
}
