import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { isValidDate } from '@bizenv/shared';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  registerDecorator,
} from 'class-validator';

/** Largest value of a PostgreSQL integer column. */
export const MAX_INT = 2_147_483_647;
/** Longest description, measure, reason or response accepted. */
export const MAX_TEXT_LENGTH = 4000;
/** Most evidence files one problem carries. */
export const MAX_ATTACHMENTS = 20;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Free text, trimmed (blanks alone count as empty). Optional fields may be absent, never blank. */
export function Text(label: string, options: { optional?: boolean } = {}) {
  return applyDecorators(
    options.optional
      ? ApiPropertyOptional({ description: label, maxLength: MAX_TEXT_LENGTH })
      : ApiProperty({ description: label, maxLength: MAX_TEXT_LENGTH }),
    ...(options.optional ? [IsOptional()] : []),
    Transform(trim),
    IsString({ message: `${label}须为文字` }),
    IsNotEmpty({ message: `请填写${label}` }),
    MaxLength(MAX_TEXT_LENGTH, { message: `${label}不能超过 ${MAX_TEXT_LENGTH} 个字` }),
  );
}

/** A row id in a body or query (a positive integer). */
export function IdField(label: string, options: { optional?: boolean } = {}) {
  return applyDecorators(
    options.optional
      ? ApiPropertyOptional({ description: label, type: 'integer', minimum: 1 })
      : ApiProperty({ description: label, type: 'integer', minimum: 1 }),
    ...(options.optional ? [IsOptional()] : []),
    IsInt({ message: `${label}须为正整数` }),
    Min(1, { message: `${label}须为正整数` }),
    Max(MAX_INT, { message: `${label}须为正整数` }),
  );
}

/** Query-string ids arrive as text: only plain digits become numbers; anything else fails. */
export const QueryInt = () =>
  Transform(({ value }) =>
    typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : value,
  );

/** A calendar date "YYYY-MM-DD" that exists (no 2月30日). */
export function CalendarDate(label: string, options: { optional?: boolean } = {}) {
  const validate: PropertyDecorator = (object, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: object.constructor,
      propertyName: String(propertyName),
      options: { message: `${label}须为 YYYY-MM-DD 格式的有效日期` },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidDate(value) },
    });
  return applyDecorators(
    options.optional
      ? ApiPropertyOptional({ description: label, example: '2025-06-30' })
      : ApiProperty({ description: label, example: '2025-06-30' }),
    ...(options.optional ? [IsOptional()] : []),
    validate,
  );
}

/** The evidence list (attachment ids from POST /api/attachments), replacing the whole list. */
export function AttachmentIds() {
  return applyDecorators(
    ApiPropertyOptional({ description: '佐证材料编号（整体替换）', type: [String] }),
    IsOptional(),
    IsArray({ message: '佐证材料须为编号列表' }),
    ArrayMaxSize(MAX_ATTACHMENTS, { message: `佐证材料最多 ${MAX_ATTACHMENTS} 个` }),
    ArrayUnique({ message: '佐证材料不能重复' }),
    IsUUID('all', { each: true, message: '佐证材料编号格式不正确' }),
  );
}

/** The `version` the client read (optimistic locking, see VersionedWrite). */
export function VersionField() {
  return applyDecorators(
    ApiProperty({ description: '读取时的版本号（并发控制）', type: 'integer', minimum: 1 }),
    IsInt({ message: '版本号须为正整数' }),
    Min(1, { message: '版本号须为正整数' }),
    Max(MAX_INT, { message: '版本号须为正整数' }),
  );
}
