import type {
  ApiErrorBody,
  HolidayYearResponse,
  JurisdictionReportStatusResponse,
} from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { WorkingDayCalendarService } from '../../src/calendar/calendar.service.js';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { freezeChinaTime, LINYOU } from '../reports/reporting-fixtures.js';

/** The admins' holiday years override the built-in calendar, and due dates follow at once. */
describe('holiday years', () => {
  const context = useRunningApp();
  const admin = useSignedIn(context, 'admin');
  const office = useSignedIn(context, 'linyou.office');

  beforeAll(() => {
    // July 2026: the 20th is a Monday, an ordinary working day in the built-in data.
    freezeChinaTime(context.api, '2026-07-01T09:00');
  });

  const dueDateOfJuly2026 = async (): Promise<string> => {
    const status = await office.get<JurisdictionReportStatusResponse>(
      `/api/jurisdictions/${LINYOU}/report-status?period=2026-07`,
    );
    expect(status.status).toBe(200);
    return status.body.dueDate;
  };

  it('lists the built-in years to any signed-in user', async () => {
    const years = await office.get<HolidayYearResponse[]>('/api/calendar/years');

    expect(years.status).toBe(200);
    expect(years.body.map((year) => year.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(years.body.every((year) => year.source === 'built_in' && year.version === null)).toBe(
      true,
    );
    expect(years.body.find((year) => year.year === 2026)?.holidays).toContain('2026-10-01');
  });

  it('lets only the system admin change the calendar', async () => {
    const body = { holidays: ['2027-01-01'], makeupWorkdays: [] };
    const byOffice = await office.put<ApiErrorBody>('/api/calendar/years/2027', body);
    expect(byOffice.status).toBe(403);
    expect((await office.del('/api/calendar/years/2026')).status).toBe(403);
    expect((await office.get<HolidayYearResponse[]>('/api/calendar/years')).body).toHaveLength(7);
  });

  it('refuses invalid data with Chinese messages, field by field', async () => {
    const invalid = await admin.put<ApiErrorBody>('/api/calendar/years/2027', {
      holidays: ['2027-02-30', '2025-05-01'],
      makeupWorkdays: ['2027-01-04'],
    });

    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('HOLIDAY_YEAR_INVALID');
    expect(invalid.body.details?.map((detail) => detail.field)).toEqual([
      'holidays[0]',
      'holidays[1]',
      'makeupWorkdays[0]',
    ]);
    expect(invalid.body.details?.[0]?.message).toContain('不是有效日期');
    expect(invalid.body.details?.[2]?.message).toContain('只能是周六或周日');

    const badYear = await admin.put<ApiErrorBody>('/api/calendar/years/27', {
      holidays: [],
      makeupWorkdays: [],
    });
    expect(badYear.status).toBe(400);
    const unknownField = await admin.put<ApiErrorBody>('/api/calendar/years/2027', {
      holidays: [],
      makeupWorkdays: [],
      note: 'x',
    });
    expect(unknownField.status).toBe(400);
  });

  it('refuses a year that contradicts its neighbour on a late-December day', async () => {
    // The 2024 notice has 2023-12-31 (a Sunday) off; 2023's data may not make it a working day.
    const conflict = await admin.put<ApiErrorBody>('/api/calendar/years/2023', {
      holidays: ['2023-10-01'],
      makeupWorkdays: ['2023-12-31'],
    });
    expect(conflict.status).toBe(400);
    expect(conflict.body.code).toBe('HOLIDAY_YEAR_CONFLICT');
  });

  it('an override moves the computed due date, and removing it moves it back', async () => {
    expect(await dueDateOfJuly2026()).toBe('2026-07-20');
    const builtIn = (await admin.get<HolidayYearResponse[]>('/api/calendar/years')).body.find(
      (year) => year.year === 2026,
    )!;

    // A (fictitious) correction: 2026-07-20 becomes a holiday.
    const saved = await admin.put<HolidayYearResponse>('/api/calendar/years/2026', {
      holidays: [...builtIn.holidays, '2026-07-20'],
      makeupWorkdays: builtIn.makeupWorkdays,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      year: 2026,
      source: 'override',
      hasBuiltIn: true,
      version: 1,
    });
    expect(await dueDateOfJuly2026()).toBe('2026-07-21');

    const stale = await admin.put<ApiErrorBody>('/api/calendar/years/2026', {
      holidays: builtIn.holidays,
      makeupWorkdays: builtIn.makeupWorkdays,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');

    const listed = await office.get<HolidayYearResponse[]>('/api/calendar/years');
    expect(listed.body.find((year) => year.year === 2026)?.source).toBe('override');

    expect((await admin.del('/api/calendar/years/2026')).status).toBe(204);
    expect(await dueDateOfJuly2026()).toBe('2026-07-20');
    const again = await admin.del<ApiErrorBody>('/api/calendar/years/2026');
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('HOLIDAY_YEAR_NOT_OVERRIDDEN');
  });

  it('adds a year the build does not know, used by the shared calendar service', async () => {
    const added = await admin.put<HolidayYearResponse>('/api/calendar/years/2027', {
      holidays: ['2027-01-01', '2027-01-01'],
      makeupWorkdays: [],
    });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({
      source: 'override',
      hasBuiltIn: false,
      holidays: ['2027-01-01'],
    });

    const calendar = await context.api.app.get(WorkingDayCalendarService).getCalendar();
    expect(calendar.hasDataFor(2027)).toBe(true);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false);
  });
});
