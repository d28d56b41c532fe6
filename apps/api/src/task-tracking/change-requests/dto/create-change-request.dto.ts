import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHANGE_REQUEST_KINDS,
  type ChangeRequestKind,
  type CreateChangeRequest,
} from '@bizenv/shared';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate, MAX_INT, RequiredText, TrimText } from '../../dto/fields.js';

/** Most departments one side (lead or support) of a proposal may name. */
const MAX_DEPARTMENTS = 50;

const departmentIds = (label: string) =>
  applyDecorators(
    IsOptional(),
    IsArray({ message: `${label}须为部门编号列表` }),
    ArrayMaxSize(MAX_DEPARTMENTS, { message: `${label}不能超过 ${MAX_DEPARTMENTS} 个` }),
    ArrayUnique({ message: `${label}不能重复` }),
    IsInt({ each: true, message: `${label}须为部门编号（正整数）` }),
    Min(1, { each: true, message: `${label}须为部门编号（正整数）` }),
    Max(MAX_INT, { each: true, message: `${label}须为部门编号（正整数）` }),
  );

const optionalText = (label: string, maxLength: number) =>
  applyDecorators(
    IsOptional(),
    TrimText(),
    IsString({ message: `${label}须为文字` }),
    IsNotEmpty({ message: `${label}不能为空` }),
    MaxLength(maxLength, { message: `${label}不能超过 ${maxLength} 个字` }),
  );

export class CreateChangeRequestDto implements CreateChangeRequest {
  @ApiProperty({
    description: 'extension：延期申请（仅牵头部门）；adjustment：调整申请（牵头或配合部门）',
    enum: CHANGE_REQUEST_KINDS,
  })
  @IsIn(CHANGE_REQUEST_KINDS, { message: '申请类别须为 extension（延期）或 adjustment（调整）' })
  kind!: ChangeRequestKind;

  @RequiredText('申请理由')
  reason!: string;

  @ApiPropertyOptional({ description: '延期：新的截止日期 YYYY-MM-DD', example: '2022-06-30' })
  @IsOptional()
  @IsCalendarDate({ message: '新的截止日期须为有效日期（YYYY-MM-DD）' })
  proposedDeadlineDate?: string;

  @ApiPropertyOptional({ description: '延期：新时限的文字表述', example: '2022年6月底前' })
  @optionalText('新时限的文字表述', 200)
  proposedDeadlinePrinted?: string;

  @ApiPropertyOptional({ description: '调整：新的标题' })
  @optionalText('新的标题', 500)
  proposedTitle?: string;

  @ApiPropertyOptional({ description: '调整：新的任务内容' })
  @optionalText('新的任务内容', 20000)
  proposedBody?: string;

  @ApiPropertyOptional({
    description: '调整：新的牵头部门编号（与配合部门同时提交，替换原有责任部门）',
    type: [Number],
  })
  @departmentIds('牵头部门')
  proposedLeadDepartmentIds?: number[];

  @ApiPropertyOptional({ description: '调整：新的配合部门编号（可为空列表）', type: [Number] })
  @departmentIds('配合部门')
  proposedSupportDepartmentIds?: number[];
}
