import type { ErrorDefinition } from './error-definition.js';

/** The working-day calendar: holiday years an admin adds or corrects. */
export const CALENDAR_ERRORS = {
  HOLIDAY_YEAR_INVALID: { status: 400, message: '节假日安排数据不正确' },
  HOLIDAY_YEAR_CONFLICT: {
    status: 400,
    message: '节假日安排与相邻年份的安排冲突（同一天不能既放假又调休上班）',
  },
  HOLIDAY_YEAR_NOT_OVERRIDDEN: { status: 404, message: '该年份没有自定义的节假日安排' },
} as const satisfies Record<string, ErrorDefinition>;
