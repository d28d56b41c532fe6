import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt } from 'class-validator';

/** Largest id a PostgreSQL `integer` (SERIAL) column holds. */
const MAX_ID = 2_147_483_647;

/**
 * Route parameter `:id` of a row (plan, task…). Only plain decimal digits count: "abc", "-1",
 * "1.5", "1e3" and ids beyond the column's range are rejected as 400, never looked up.
 */
export class IdParams {
  @ApiProperty({
    description: '编号（正整数）',
    example: 1,
    type: 'integer',
    minimum: 1,
    maximum: MAX_ID,
  })
  @Transform(({ value }) => toId(value))
  @IsInt({ message: `编号须为 1 到 ${MAX_ID} 之间的整数` })
  id!: number;
}

/** The id a path segment spells, or NaN (which fails @IsInt) for anything else. */
function toId(value: unknown): number {
  if (typeof value !== 'string' || !/^[1-9]\d{0,9}$/.test(value)) return Number.NaN;
  const id = Number(value);
  return id <= MAX_ID ? id : Number.NaN;
}
