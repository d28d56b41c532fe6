import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { isValidDate } from '@bizenv/shared';
import { Transform } from 'class-transformer';
import {
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';

/** Largest value of a PostgreSQL integer column. */
export const MAX_INT = 2_147_483_647;

/** Longest reason, note or instruction text accepted. */
export const MAX_TEXT_LENGTH = 2000;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/**
 * A required free text (reason, note, instruction): trimmed, so blanks alone count as empty.
 * `label` names the field in the Chinese messages.
 */
export function RequiredText(label: string, maxLength = MAX_TEXT_LENGTH) {
  return applyDecorators(
    ApiProperty({ description: label, maxLength }),
    Transform(trim),
    IsString({ message: `${label}须为文字` }),
    IsNotEmpty({ message: `请填写${label}` }),
    MaxLength(maxLength, { message: `${label}不能超过 ${maxLength} 个字` }),
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

/** Trims an optional text field (same rule as RequiredText when present). */
export const TrimText = () => Transform(trim);

/** A real calendar date written "YYYY-MM-DD" ("2025-02-30" and "2025-2-3" fail). */
export function IsCalendarDate(options: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: { validate: (value) => typeof value === 'string' && isValidDate(value) },
    },
    options,
  );
}
