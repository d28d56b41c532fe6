import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  ReturnReportRequest,
  SaveReportRequest,
  TargetActualInput,
  VersionedWrite,
} from '@bizenv/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PERIOD_MESSAGE, PERIOD_PATTERN, toInteger } from './query-values.js';

const TEXT_MAX = 5000;
const MAX_ID = 2_147_483_647;

export class TaskPeriodParams {
  @ApiProperty({ description: '任务编号', example: 1 })
  @Transform(({ value }) => toInteger(value))
  @IsInt({ message: '任务编号须为正整数' })
  @Min(1, { message: '任务编号须为正整数' })
  @Max(MAX_ID, { message: '任务编号过大' })
  id!: number;

  @ApiProperty({ description: '报告期（月份）', example: '2025-07' })
  @Matches(PERIOD_PATTERN, { message: PERIOD_MESSAGE })
  period!: string;
}

export class TargetActualDto implements TargetActualInput {
  @ApiProperty({ description: '目标编号（须属于该任务）' })
  @IsInt({ message: '目标编号须为正整数' })
  @Min(1, { message: '目标编号须为正整数' })
  targetId!: number;

  @ApiProperty({ description: '实际值', example: 85.5 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '实际值须为数字' })
  @Min(-1e12, { message: '实际值超出范围' })
  @Max(1e12, { message: '实际值超出范围' })
  value!: number;

  @ApiPropertyOptional({ description: '单位（可省略；填写时须与目标单位一致）', example: '%' })
  @IsOptional()
  @IsString({ message: '单位须为文字' })
  @MaxLength(32, { message: '单位最多 32 个字' })
  unit?: string;
}

export class SaveReportDto implements SaveReportRequest {
  @ApiPropertyOptional({ description: '工作进展', maxLength: TEXT_MAX })
  @IsOptional()
  @IsString({ message: '工作进展须为文字' })
  @MaxLength(TEXT_MAX, { message: `工作进展最多 ${TEXT_MAX} 字` })
  workDone?: string;

  @ApiPropertyOptional({ description: '存在问题', maxLength: TEXT_MAX })
  @IsOptional()
  @IsString({ message: '存在问题须为文字' })
  @MaxLength(TEXT_MAX, { message: `存在问题最多 ${TEXT_MAX} 字` })
  problems?: string;

  @ApiPropertyOptional({ description: '下步计划', maxLength: TEXT_MAX })
  @IsOptional()
  @IsString({ message: '下步计划须为文字' })
  @MaxLength(TEXT_MAX, { message: `下步计划最多 ${TEXT_MAX} 字` })
  nextSteps?: string;

  @ApiPropertyOptional({
    description: '完成进度 0–100（牵头部门报送时必填）',
    nullable: true,
    type: Number,
  })
  @ValidateIf(
    (dto: SaveReportDto) => dto.completionPercent !== undefined && dto.completionPercent !== null,
  )
  @IsInt({ message: '完成进度须为 0–100 的整数' })
  @Min(0, { message: '完成进度须为 0–100 的整数' })
  @Max(100, { message: '完成进度须为 0–100 的整数' })
  completionPercent?: number | null;

  @ApiPropertyOptional({
    description: '量化目标实际值（给出时替换全部；仅牵头部门）',
    type: [TargetActualDto],
  })
  @IsOptional()
  @IsArray({ message: '目标实际值须为数组' })
  @ArrayMaxSize(50, { message: '目标实际值最多 50 项' })
  @ValidateNested({ each: true })
  @Type(() => TargetActualDto)
  targetActuals?: TargetActualDto[];

  @ApiPropertyOptional({
    description: '佐证材料编号（给出时即为报告的全部附件；新增的须为本人上传且未关联的）',
    type: [String],
  })
  @IsOptional()
  @IsArray({ message: '附件须为编号数组' })
  @ArrayMaxSize(20, { message: '每份报告最多 20 个附件' })
  @IsUUID('4', { each: true, message: '附件编号格式不正确' })
  attachmentIds?: string[];

  @ApiPropertyOptional({ description: '修改已有报告时必填：读取时的版本号；新建时不填' })
  @IsOptional()
  @IsInt({ message: '版本号须为正整数' })
  @Min(1, { message: '版本号须为正整数' })
  version?: number;
}

export class VersionDto implements VersionedWrite {
  @ApiProperty({ description: '读取时的版本号' })
  @IsInt({ message: '版本号须为正整数' })
  @Min(1, { message: '版本号须为正整数' })
  version!: number;
}

export class ReturnReportDto implements ReturnReportRequest {
  @ApiProperty({ description: '退回原因', example: '未附佐证材料，请补充后重新报送' })
  @IsString({ message: '退回原因须为文字' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @Matches(/\S/, { message: '请填写退回原因' })
  @MaxLength(1000, { message: '退回原因最多 1000 字' })
  reason!: string;

  @ApiProperty({ description: '读取时的版本号' })
  @IsInt({ message: '版本号须为正整数' })
  @Min(1, { message: '版本号须为正整数' })
  version!: number;
}
