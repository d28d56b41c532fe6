import { Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDate } from '@/lib/format';
import { AsOfPicker } from './as-of-picker';

interface DashboardToolbarProps {
  title: string;
  asOf: string | null;
  /** What the server resolved: the day shown and today. */
  shownDay: string | undefined;
  today: string | undefined;
  onAsOfChange: (asOf: string | null) => void;
  /** Links to the other views of the same place. */
  actions?: ReactNode;
}

/** Title, the moment shown (截至), its picker and the links to other views. */
export function DashboardToolbar(props: DashboardToolbarProps) {
  const past = props.shownDay && props.today && props.shownDay < props.today;
  return (
    <Flex wrap gap={12} align="center" justify="space-between" className="dashboard-toolbar">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {props.title}
        </Typography.Title>
        <Typography.Text type="secondary">
          统计截至 {props.shownDay ? formatDate(props.shownDay) : '今天'}
          {past && (
            <Tag color="orange" className="history-tag">
              历史数据
            </Tag>
          )}
        </Typography.Text>
      </div>
      <Flex wrap gap={8} align="center">
        <AsOfPicker asOf={props.asOf} today={props.today} onChange={props.onAsOfChange} />
        {props.actions}
      </Flex>
    </Flex>
  );
}
