import { Flex, Typography } from 'antd';
import { useCurrentUser } from '@/features/auth/api/get-session';
import { useJurisdictionDepartments } from '@/features/jurisdictions/api/get-jurisdiction-departments';
import { ProblemBoard } from '@/features/problems/components/problem-board';
import { pageTitle } from '@/lib/format';
import { useReportPlace } from '../current-jurisdiction';
import { useTaskOptions } from '../use-task-options';

/** /problems — 问题清单 / 整改清单 of the user's jurisdiction (a department: its own). */
export function ProblemsPage() {
  const user = useCurrentUser();
  useReportPlace(user?.jurisdictionCode);
  const { data: departments } = useJurisdictionDepartments(user?.jurisdictionCode);
  const tasks = useTaskOptions(user);
  if (!user) return null;
  return (
    <Flex vertical gap={12}>
      <title>{pageTitle('问题清单')}</title>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          问题清单
        </Typography.Title>
        <Typography.Text type="secondary">
          问题逐项登记整改措施、责任部门和时限，整改完成后由营商办销号。
        </Typography.Text>
      </div>
      <ProblemBoard user={user} departments={departments ?? []} tasks={tasks} />
    </Flex>
  );
}
