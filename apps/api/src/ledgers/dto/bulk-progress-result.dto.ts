import { ApiProperty } from '@nestjs/swagger';
import type {
  BulkProgressCellError,
  BulkProgressCellErrorCode,
  BulkProgressResponse,
  BulkProgressRowResult,
} from '@bizenv/shared';

class BulkProgressCellErrorDto implements BulkProgressCellError {
  @ApiProperty({ description: '行号（标题为第 1 行）' })
  row!: number;

  @ApiProperty({ description: '列（字母及标题）', example: 'E（工作进展）' })
  column!: string;

  @ApiProperty({ description: '错误代码' })
  code!: BulkProgressCellErrorCode;

  @ApiProperty({ description: '中文说明' })
  message!: string;
}

class BulkProgressRowResultDto implements BulkProgressRowResult {
  @ApiProperty()
  taskId!: number;

  @ApiProperty({ description: '任务键（方案键#任务编号）' })
  taskKey!: string;

  @ApiProperty({ enum: ['create', 'update', 'unchanged'] })
  action!: 'create' | 'update' | 'unchanged';
}

export class BulkProgressResultDto implements BulkProgressResponse {
  @ApiProperty({ example: '2025-07' })
  period!: string;

  @ApiProperty()
  dryRun!: boolean;

  @ApiProperty({ description: '是否已保存（预览或有错误时为 false）' })
  applied!: boolean;

  @ApiProperty()
  created!: number;

  @ApiProperty()
  updated!: number;

  @ApiProperty()
  unchanged!: number;

  @ApiProperty({ type: [BulkProgressRowResultDto] })
  rows!: BulkProgressRowResultDto[];

  @ApiProperty({ type: [BulkProgressCellErrorDto] })
  errors!: BulkProgressCellErrorDto[];
}
