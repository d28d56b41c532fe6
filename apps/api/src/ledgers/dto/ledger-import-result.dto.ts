import { ApiProperty } from '@nestjs/swagger';
import type {
  LedgerCellError,
  LedgerCellErrorCode,
  LedgerFieldChange,
  LedgerImportResponse,
  LedgerTaskChange,
} from '@bizenv/shared';

class LedgerCellErrorDto implements LedgerCellError {
  @ApiProperty({ description: '行号（标题为第 1 行）' })
  row!: number;

  @ApiProperty({ description: '列（字母及标题）', example: 'I（状态）' })
  column!: string;

  @ApiProperty({ description: '错误代码' })
  code!: LedgerCellErrorCode;

  @ApiProperty({ description: '中文说明' })
  message!: string;
}

class LedgerFieldChangeDto implements LedgerFieldChange {
  @ApiProperty({ enum: ['title', 'body', 'status'] })
  field!: 'title' | 'body' | 'status';

  @ApiProperty()
  before!: string;

  @ApiProperty()
  after!: string;
}

class LedgerTaskChangeDto implements LedgerTaskChange {
  @ApiProperty()
  taskId!: number;

  @ApiProperty({ description: '任务键（方案键#任务编号）' })
  taskKey!: string;

  @ApiProperty({ type: [LedgerFieldChangeDto] })
  changes!: LedgerFieldChangeDto[];
}

export class LedgerImportResultDto implements LedgerImportResponse {
  @ApiProperty({ description: '是否仅预览' })
  dryRun!: boolean;

  @ApiProperty({ description: '是否已写入' })
  applied!: boolean;

  @ApiProperty({ description: '新建任务数（台账导入不新建任务，恒为 0）' })
  created!: number;

  @ApiProperty({ description: '有变更的任务数' })
  updated!: number;

  @ApiProperty({ description: '无变更的任务数' })
  unchanged!: number;

  @ApiProperty({ type: [LedgerTaskChangeDto] })
  changes!: LedgerTaskChangeDto[];

  @ApiProperty({ type: [LedgerCellErrorDto] })
  errors!: LedgerCellErrorDto[];
}
