import type { HolidayYear, HolidayYearResponse } from '@bizenv/shared';
import type { HolidayYearRow } from './calendar.repository.js';

export function toBuiltInResponse(data: HolidayYear): HolidayYearResponse {
  return {
    year: data.year,
    holidays: [...data.holidays],
    makeupWorkdays: [...data.makeupWorkdays],
    source: 'built_in',
    hasBuiltIn: true,
    version: null,
    updatedByUserId: null,
    updatedAt: null,
  };
}

export function toOverrideResponse(row: HolidayYearRow, hasBuiltIn: boolean): HolidayYearResponse {
  return {
    year: row.year,
    holidays: row.holidays,
    makeupWorkdays: row.makeupWorkdays,
    source: 'override',
    hasBuiltIn,
    version: row.version,
    updatedByUserId: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}
