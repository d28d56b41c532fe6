import { DatePicker, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { isMonthAsOf } from '../lib/as-of';

interface AsOfPickerProps {
  /** From the URL; null = today. */
  asOf: string | null;
  /** The China date of the server, the latest moment there is. */
  today: string | undefined;
  onChange: (asOf: string | null) => void;
}

/** The month's last day, or today when the month is not over; null (today) for the current month. */
function lastDayUpTo(month: string, latest: dayjs.Dayjs): string | null {
  const end = dayjs(`${month}-01`).endOf('month');
  return end.isBefore(latest, 'day') ? end.format('YYYY-MM-DD') : null;
}

/** 截至某日 / 某月: a day or a whole month; clearing returns to today. */
export function AsOfPicker({ asOf, today, onChange }: AsOfPickerProps) {
  const byMonth = isMonthAsOf(asOf);
  const value = asOf ? dayjs(asOf) : null;
  const latest = today ? dayjs(today) : dayjs();
  return (
    <Space className="as-of-picker">
      <Segmented
        size="middle"
        value={byMonth ? 'month' : 'date'}
        options={[
          { label: '按日', value: 'date' },
          { label: '按月', value: 'month' },
        ]}
        onChange={(mode) => {
          if (mode === 'month') onChange((asOf ?? latest.format('YYYY-MM')).slice(0, 7));
          else if (asOf) onChange(lastDayUpTo(asOf, latest));
        }}
      />
      <DatePicker
        aria-label="统计截至"
        picker={byMonth ? 'month' : 'date'}
        value={value}
        placeholder={byMonth ? '选择月份' : '今天'}
        allowClear
        disabledDate={(day) => day.isAfter(latest, byMonth ? 'month' : 'day')}
        onChange={(day) => {
          if (!day) onChange(null);
          else onChange(day.format(byMonth ? 'YYYY-MM' : 'YYYY-MM-DD'));
        }}
      />
    </Space>
  );
}
