import { chinaDateOf } from '@bizenv/shared';
import { Card, Empty } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { useProblems } from '../api/get-problems';
import '../problems.css';

/** Problems a department still has to rectify, nearest deadline first, overdue ones flagged. */
export function OpenProblemsPanel({ departmentId }: { departmentId: number }) {
  const { data } = useProblems({ status: 'rectifying', departmentId });
  const today = chinaDateOf(new Date());
  const problems = [...(data ?? [])].sort((a, b) => a.deadline.localeCompare(b.deadline));
  return (
    <Card
      size="small"
      title={`待整改问题（${problems.length}）`}
      extra={<Link to="/problems?status=rectifying">全部</Link>}
      className="open-problems-panel"
    >
      {problems.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待整改的问题" />
      ) : (
        <ul className="problem-panel-list">
          {problems.slice(0, 5).map((problem) => {
            const overdue = problem.deadline < today;
            return (
              <li key={problem.id}>
                <Link to="/problems?status=rectifying" title={problem.description}>
                  {problem.description}
                </Link>
                <span className={overdue ? 'problem-deadline--overdue' : 'problem-panel-list__due'}>
                  {overdue ? '已逾期 ' : '限 '}
                  {formatDate(problem.deadline)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
