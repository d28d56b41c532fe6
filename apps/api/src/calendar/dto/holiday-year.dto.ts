import { ApiProperty } from '@nestjs/swagger';
import type { HolidayYearResponse } from '@bizenv/shared';

export class HolidayYearDto implements HolidayYearResponse {
  @ApiProperty({ description: '年份（国务院办公厅节假日安排通知的年份）', example: 2026 })
  year!: number;

  @ApiProperty({ description: '放假日期（含连休的周末）', example: ['2026-01-01'], type: [String] })
  holidays!: string[];

  @ApiProperty({ description: '调休上班的周六、周日', example: ['2026-01-04'], type: [String] })
  makeupWorkdays!: string[];

  @ApiProperty({
    description: 'built_in：系统内置；override：管理员录入（覆盖内置）',
    enum: ['built_in', 'override'],
  })
  source!: 'built_in' | 'override';

  @ApiProperty({ description: '系统是否内置该年份数据（删除自定义后恢复为内置）' })
  hasBuiltIn!: boolean;

  @ApiProperty({ description: '版本号（仅自定义年份）', nullable: true, type: Number })
  version!: number | null;

  @ApiProperty({ description: '最后修改人（仅自定义年份）', nullable: true, type: Number })
  updatedByUserId!: number | null;

  @ApiProperty({ description: '最后修改时间（仅自定义年份）', nullable: true, type: String })
  updatedAt!: string | null;
}
