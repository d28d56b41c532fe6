import type { ReportObligationResponse } from '@bizenv/shared';
import { EditOutlined, EyeOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Segmented, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { REPORT_ROLE_LABELS } from '../lib/labels';
import { isTodo, sortObligations } from '../lib/obligations';
import { ReportStateTag, TimelinessTag } from './report-state-tag';
import '../reports.css';

interface ObligationListProps {
  period: string;
  obligations: ReportObligationResponse[];
}

function action(obligation: ReportObligationResponse) {
  switch (obligation.reportStatus) {
    case null:
      return { label: '填报', icon: <FormOutlined />, primary: true };
    case 'draft':
      return { label: '继续填报', icon: <EditOutlined />, primary: true };
    case 'returned':
      return { label: '修改重报', icon: <EditOutlined />, primary: true };
    default:
      return { label: '查看', icon: <EyeOutlined />, primary: false };
  }
}

/** The reports my department owes this period, one row per task, with the action each needs. */
type Show = 'all' | 'todo' | 'sent';

export function ObligationList({ period, obligations }: ObligationListProps) {
  const navigate = useNavigate();
  const [show, setShow] = useState<Show>('all');
  const [keyword, setKeyword] = useState('');
  if (obligations.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本月没有需要报送进展的任务" />;
  }
  const todo = obligations.filter(isTodo).length;
  const k = keyword.trim();
  const shown = sortObligations(obligations).filter(
    (o) =>
      (show === 'all' || (show === 'todo') === isTodo(o)) &&
      (!k || o.taskCode.includes(k) || o.taskTitle.includes(k)),
  );
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap justify="space-between" className="obligation-toolbar">
        <Segmented<Show>
          value={show}
          onChange={setShow}
          options={[
            { value: 'all', label: `全部 ${obligations.length}` },
            { value: 'todo', label: `待报送 ${todo}` },
            { value: 'sent', label: `已提交 ${obligations.length - todo}` },
          ]}
        />
        <Input.Search
          allowClear
          placeholder="任务编号或标题"
          aria-label="搜索任务"
          style={{ width: 220 }}
          onChange={(e) => setKeyword(e.target.value)}
        />
      </Flex>
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合条件的任务" />
      ) : (
        <ul className="obligation-list">
          {shown.map((obligation) => {
            const next = action(obligation);
            const to = `/tasks/${obligation.taskId}/reports/${period}`;
            return (
              <li
                key={obligation.taskId}
                className="obligation-row"
                data-task-id={obligation.taskId}
                data-task-code={obligation.taskCode}
                data-report-status={obligation.reportStatus ?? 'none'}
              >
                <div className="obligation-row__task">
                  <Tag
                    color={obligation.role === 'lead' ? 'blue' : undefined}
                    variant={obligation.role === 'lead' ? 'filled' : 'outlined'}
                  >
                    {REPORT_ROLE_LABELS[obligation.role]}
                  </Tag>
                  <Link to={`/tasks/${obligation.taskId}`} className="obligation-row__title">
                    <span className="obligation-row__code">{obligation.taskCode}</span>
                    {obligation.taskTitle}
                  </Link>
                </div>
                <div className="obligation-row__state">
                  <ReportStateTag status={obligation.reportStatus} />
                  <TimelinessTag timeliness={obligation.timeliness} />
                </div>
                <Button
                  size="small"
                  className="obligation-row__action"
                  type={next.primary ? 'primary' : 'default'}
                  icon={next.icon}
                  onClick={() => void navigate(to)}
                >
                  {next.label}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </Flex>
  );
}
