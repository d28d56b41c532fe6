/** GET /api/calendar/years: one year's holiday arrangement and where it comes from. */
export interface HolidayYearResponse {
  year: number;
  holidays: string[];
  makeupWorkdays: string[];
  /** override: an admin's entry that replaces the built-in data (or adds a year). */
  source: 'built_in' | 'override';
  /** Whether the system ships data for the year (DELETE of an override falls back to it). */
  hasBuiltIn: boolean;
  /** Overrides only. */
  version: number | null;
  updatedByUserId: number | null;
  updatedAt: string | null;
}

/** PUT /api/calendar/years/:year. `version` is required when replacing an existing override. */
export interface PutHolidayYearRequest {
  holidays: string[];
  makeupWorkdays: string[];
  version?: number;
}
