import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SeedPlan, UpdatePlanImportRequest } from '@bizenv/shared';
import { IsArray, IsInt, IsOptional, Min } from 'class-validator';

/** Plans are checked against the seed plan schema by the service (zod), not field by field here. */
export class UpdatePlanImportDto implements UpdatePlanImportRequest {
  @ApiProperty({ description: '草稿版本号（乐观锁）' })
  @IsInt({ message: '版本号须为整数' })
  @Min(1, { message: '版本号须为正整数' })
  version!: number;

  @ApiPropertyOptional({ description: '修改后的方案（与种子文件格式相同）', type: [Object] })
  @IsOptional()
  @IsArray({ message: '方案须为列表' })
  plans?: SeedPlan[];

  @ApiPropertyOptional({
    description: '单位名称的对应：departmentId 为已有部门，null 为确认新建',
    type: [Object],
  })
  @IsOptional()
  @IsArray({ message: '单位对应须为列表' })
  departments?: { name: string; departmentId: number | null }[];
}
