import {
  type ApiErrorBody,
  dayOfWeek,
  type HolidayYear,
  tryParseDate,
  validateHolidayYear,
} from '@bizenv/shared';

type Detail = NonNullable<ApiErrorBody['details']>[number];

/**
 * The problems of an admin's holiday year, in Chinese, field by field. Mirrors the rules of
 * the shared validateHolidayYear (which speaks English for developers), and keeps it as the
 * last word: anything it finds that the checks here missed is still reported.
 */
export function holidayYearProblems(data: HolidayYear): Detail[] {
  const problems: Detail[] = [];
  const check = (field: 'holidays' | 'makeupWorkdays', date: string, index: number): void => {
    const at = `${field}[${index}]`;
    const parts = tryParseDate(date);
    if (!parts) {
      problems.push({
        field: at,
        code: 'isDate',
        message: `“${date}”不是有效日期（格式 YYYY-MM-DD）`,
      });
      return;
    }
    const inNotice =
      parts.year === data.year || (parts.year === data.year - 1 && parts.month === 12);
    if (!inNotice) {
      problems.push({
        field: at,
        code: 'inYear',
        message: `${date} 不属于 ${data.year} 年的安排（只能是该年或上一年12月的日期）`,
      });
    }
  };
  data.holidays.forEach((date, index) => check('holidays', date, index));
  data.makeupWorkdays.forEach((date, index) => check('makeupWorkdays', date, index));
  data.makeupWorkdays.forEach((date, index) => {
    if (!tryParseDate(date)) return;
    const weekday = dayOfWeek(date);
    if (weekday !== 0 && weekday !== 6) {
      problems.push({
        field: `makeupWorkdays[${index}]`,
        code: 'isWeekend',
        message: `${date} 是工作日，调休上班日只能是周六或周日`,
      });
    }
    if (data.holidays.includes(date)) {
      problems.push({
        field: `makeupWorkdays[${index}]`,
        code: 'notHoliday',
        message: `${date} 不能既是放假日又是调休上班日`,
      });
    }
  });
  if (problems.length === 0 && validateHolidayYear(data).length > 0) {
    problems.push({ field: 'holidays', code: 'holidayYear', message: '节假日安排数据不正确' });
  }
  return problems;
}
