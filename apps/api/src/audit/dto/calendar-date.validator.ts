import { isValidDate } from '@bizenv/shared';
import { ValidateBy, type ValidationOptions } from 'class-validator';

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
