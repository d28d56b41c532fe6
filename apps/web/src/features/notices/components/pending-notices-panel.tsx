import { chinaDateOf } from '@bizenv/shared';
import { Card, Empty } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { useNotices } from '../api/get-notices';
import { responseState } from '../lib/response-state';
import { NoticeLevelTag } from './notice-level-tag';
import '../notices.css';

/** A department's notices waiting for its answer, nearest due first, overdue ones flagged. */
export function PendingNoticesPanel() {
  const { data } = useNotices({ status: 'issued' });
  const today = chinaDateOf(new Date());
  const notices = [...(data ?? [])].sort((a, b) => a.responseDue.localeCompare(b.responseDue));
  return (
    <Card
      size="small"
      title={`待回复督办（${notices.length}）`}
      extra={<Link to="/notices">全部</Link>}
      className="pending-notices-panel"
    >
      {notices.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待回复的督办" />
      ) : (
        <ul className="panel-list">
          {notices.slice(0, 5).map((notice) => {
            const overdue = responseState(notice, today) === 'overdue';
            return (
              <li key={notice.id} className="panel-list__item">
                <NoticeLevelTag level={notice.level} />
                <Link to="/notices" className="panel-list__text" title={notice.reason}>
                  {notice.reason}
                </Link>
                <span className={overdue ? 'panel-list__due--overdue' : 'panel-list__due'}>
                  {overdue ? '已逾期 ' : '限 '}
                  {formatDate(notice.responseDue)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
