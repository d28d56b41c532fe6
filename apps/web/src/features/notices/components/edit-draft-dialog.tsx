import { type DepartmentResponse, NOTICE_ORIGIN_LABELS, type NoticeResponse } from '@bizenv/shared';
import { App, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import { useIssueNotice } from '../api/issue-notice';
import { useUpdateNotice } from '../api/update-notice';
import { DraftDialog } from './draft-dialog';
import { NoticeDepartmentField, NoticeFields, type NoticeFormValues } from './notice-fields';

interface EditDraftDialogProps {
  notice: NoticeResponse;
  /** The jurisdiction's departments (the addressee may be changed). */
  departments: DepartmentResponse[];
  onClose: () => void;
  onReload: () => void;
}

/**
 * The office comes back to a draft — its own or one the system made — edits it, and saves it
 * again or issues it to the department.
 */
export function EditDraftDialog({ notice, departments, onClose, onReload }: EditDraftDialogProps) {
  const [form] = Form.useForm<NoticeFormValues>();
  const update = useUpdateNotice();
  const issue = useIssueNotice();
  const { message } = App.useApp();
  const fields = (values: NoticeFormValues) => ({
    reason: values.reason.trim(),
    level: values.level,
    responseDue: values.responseDue.format('YYYY-MM-DD'),
  });
  const changedDepartment = (values: NoticeFormValues) =>
    values.departmentId === notice.department.id ? undefined : values.departmentId;
  // The department list may not be loaded yet, or lack the addressee: keep it selectable.
  const options = departments.some((d) => d.id === notice.department.id)
    ? departments
    : [notice.department, ...departments];
  return (
    <DraftDialog<NoticeFormValues>
      title="编辑督办草稿"
      form={form}
      pending={update.isPending ? 'save' : issue.isPending ? 'issue' : null}
      error={update.error ?? issue.error}
      initialValues={{
        departmentId: notice.department.id,
        reason: notice.reason,
        level: notice.level,
        responseDue: dayjs(notice.responseDue),
      }}
      onSave={(values) => {
        issue.reset();
        update.mutate(
          {
            id: notice.id,
            body: {
              version: notice.version,
              ...fields(values),
              ...(changedDepartment(values) ? { departmentId: values.departmentId } : {}),
            },
          },
          {
            onSuccess: () => {
              void message.success('督办草稿已保存');
              onClose();
            },
          },
        );
      }}
      onIssue={(values) => {
        update.reset();
        issue.mutate(
          {
            id: notice.id,
            body: { version: notice.version, ...fields(values) },
            departmentId: changedDepartment(values),
          },
          {
            onSuccess: () => {
              void message.success('督办已签发');
              onClose();
            },
          },
        );
      }}
      onReload={() => {
        onReload();
        onClose();
      }}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        来源：{NOTICE_ORIGIN_LABELS[notice.origin]}
      </Typography.Paragraph>
      <NoticeDepartmentField departments={options} />
      <NoticeFields />
    </DraftDialog>
  );
}
