import { Alert, App, Button, Popconfirm, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { errorMessage } from '@/lib/api-client';
import { useCommitPlanImport } from '../api/commit-plan-import';
import { forgetDraft } from '../lib/recent-drafts';

/** 提交导入: writes the reviewed plans in one transaction, then opens the new plan. */
export function CommitBar({
  code,
  draftId,
  taskCount,
  newDepartments,
  disabled,
}: {
  code: string;
  draftId: number;
  taskCount: number;
  newDepartments: number;
  disabled: boolean;
}) {
  const commit = useCommitPlanImport(code, draftId);
  const navigate = useNavigate();
  const { message } = App.useApp();

  const confirm = () =>
    commit.mutate(undefined, {
      onSuccess: (result) => {
        forgetDraft(code, draftId);
        void message.success(`已导入 ${result.tasks} 项任务`);
        void navigate(`/plans/${result.planIds[0]}`);
      },
    });

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {commit.isError && (
        <Alert type="error" showIcon role="alert" title={errorMessage(commit.error)} />
      )}
      <Space>
        <Popconfirm
          title="确认提交导入？"
          description={`将写入 ${taskCount} 项任务${newDepartments > 0 ? `，新建 ${newDepartments} 个单位` : ''}，提交后草稿删除。`}
          okText="确认提交"
          cancelText="取消"
          onConfirm={confirm}
        >
          <Button type="primary" loading={commit.isPending} disabled={disabled}>
            提交导入
          </Button>
        </Popconfirm>
        <Typography.Text type="secondary">
          提交前不会影响现有方案；离开本页草稿仍保留。
        </Typography.Text>
      </Space>
    </Space>
  );
}
