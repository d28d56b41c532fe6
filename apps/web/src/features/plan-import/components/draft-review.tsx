import type { DepartmentResponse, PlanImportDraftResponse } from '@bizenv/shared';
import { Alert, Space, Tag, Typography } from 'antd';
import { MutationErrorAlert } from '@/components/mutation-error-alert';
import { useDraftEditor } from '../hooks/use-draft-editor';
import { CommitBar } from './commit-bar';
import { DepartmentMapping } from './department-mapping';
import { DraftHeaderForm } from './draft-header-form';
import { PlanTaskList } from './plan-task-list';
import '../plan-import.css';

/** The review screen of an import draft: header, unit mapping, tasks next to their source. */
export function DraftReview({
  code,
  draft,
  departments,
}: {
  code: string;
  draft: PlanImportDraftResponse;
  /** The jurisdiction's departments, to map unit names to. */
  departments: DepartmentResponse[];
}) {
  const editor = useDraftEditor(code, draft);
  const sourceLines = draft.sourceText.split('\n');
  const unitNames = [
    ...new Set([...departments.map((d) => d.name), ...draft.departments.map((d) => d.name)]),
  ];
  const taskCount = draft.plans.reduce((sum, plan) => sum + plan.tasks.length, 0);
  const unsureCount = draft.tasks.filter((task) => task.unsure.length > 0).length;
  const newDepartments = draft.departments.filter((d) => d.decision.kind === 'new').length;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>
          {draft.fileName ?? '粘贴的文本'} · {taskCount} 项任务
        </Typography.Text>
        {unsureCount > 0 && <Tag color="warning">{unsureCount} 项任务有存疑字段</Tag>}
        {draft.convertedFromTraditional && <Tag>已按简体识别繁体文本</Tag>}
        {draft.encoding && <Tag>编码 {draft.encoding}</Tag>}
      </Space>
      <MutationErrorAlert error={editor.error} onReload={editor.reload} />
      {draft.issues.length > 0 && (
        <Alert
          type="info"
          showIcon
          title="解析提示"
          description={
            <ul>
              {draft.issues.map((issue, index) => (
                <li key={index}>
                  {issue.line !== null ? `第 ${issue.line} 行：` : ''}
                  {issue.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <DepartmentMapping
        names={draft.departments}
        departments={departments}
        saving={editor.saving}
        onDecide={editor.decideDepartment}
      />
      {draft.newLeaders.length > 0 && (
        <Alert
          type="info"
          showIcon
          title="提交时将新增的领导"
          description={draft.newLeaders.map((l) => `${l.name}（${l.title}）`).join('、')}
        />
      )}
      {draft.plans.map((plan) => (
        <Space key={plan.key} orientation="vertical" style={{ width: '100%' }}>
          <DraftHeaderForm plan={plan} saving={editor.saving} onSave={editor.savePlan} />
          <PlanTaskList
            plan={plan}
            reviews={draft.tasks}
            sourceLines={sourceLines}
            unitNames={unitNames}
            saving={editor.saving}
            onSave={editor.savePlan}
          />
        </Space>
      ))}
      <CommitBar
        code={code}
        draftId={draft.id}
        taskCount={taskCount}
        newDepartments={newDepartments}
        disabled={editor.saving}
      />
    </Space>
  );
}
