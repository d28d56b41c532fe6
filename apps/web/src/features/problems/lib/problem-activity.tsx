import { BugOutlined, CheckCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { PROBLEM_SOURCE_LABELS, type ProblemResponse } from '@bizenv/shared';
import type { ActivityItem } from '@/components/activity-timeline';
import { formatDate } from '@/lib/format';

/** A problem as timeline entries: registered, rectified, closed (销号). */
export function problemToActivity(problem: ProblemResponse): ActivityItem[] {
  const owner = problem.ownerDepartment.name;
  const items: ActivityItem[] = [
    {
      key: `problem-${problem.id}-created`,
      at: problem.createdAt,
      icon: <BugOutlined />,
      color: 'magenta',
      label: '登记问题',
      title: `${PROBLEM_SOURCE_LABELS[problem.source]}：${owner}限${formatDate(problem.deadline)}前整改`,
      detail: problem.description,
    },
  ];
  if (problem.rectifiedAt) {
    items.push({
      key: `problem-${problem.id}-rectified`,
      at: problem.rectifiedAt,
      icon: <CheckCircleOutlined />,
      color: 'cyan',
      label: '问题整改',
      title: `${owner}已整改：${problem.description}`,
      detail: problem.measure ? `整改措施：${problem.measure}` : undefined,
    });
  }
  if (problem.closedAt) {
    items.push({
      key: `problem-${problem.id}-closed`,
      at: problem.closedAt,
      icon: <SafetyCertificateOutlined />,
      color: 'green',
      label: '问题销号',
      title: `问题已销号：${problem.description}`,
    });
  }
  return items;
}
