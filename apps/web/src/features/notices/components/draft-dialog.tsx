import { Button, Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { MutationErrorAlert } from '@/components/mutation-error-alert';

export type DraftStep = 'save' | 'issue';

interface DraftDialogProps<T> {
  title: ReactNode;
  form: FormInstance<T>;
  initialValues: Partial<T>;
  /** The step whose request is under way, if any. */
  pending: DraftStep | null;
  error: unknown;
  onSave: (values: T) => void;
  onIssue: (values: T) => void;
  onClose: () => void;
  /** After a version conflict: re-read the notice and close. */
  onReload: () => void;
  children: ReactNode;
}

/**
 * A notice form with two ways out: 保存草稿 keeps it for later (nobody else sees it), 签发 issues it
 * to the department at once. Both validate the same fields.
 */
export function DraftDialog<T>(props: DraftDialogProps<T>) {
  const { title, form, initialValues, pending, error, onSave, onIssue, onClose, onReload } = props;
  const submit = (step: DraftStep) => () =>
    void form.validateFields().then(
      (values) => (step === 'save' ? onSave(values) : onIssue(values)),
      () => undefined, // the form shows what is missing
    );
  return (
    <Modal
      title={title}
      open
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: pending === null }}
      width={{ xs: 'calc(100vw - 24px)', sm: 520 }}
      footer={[
        <Button key="cancel" onClick={onClose} disabled={pending !== null}>
          取消
        </Button>,
        <Button
          key="save"
          onClick={submit('save')}
          loading={pending === 'save'}
          disabled={pending === 'issue'}
        >
          保存草稿
        </Button>,
        <Button
          key="issue"
          type="primary"
          onClick={submit('issue')}
          loading={pending === 'issue'}
          disabled={pending === 'save'}
        >
          签发
        </Button>,
      ]}
    >
      <Form<T>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        disabled={pending !== null}
        requiredMark
      >
        {props.children}
      </Form>
      <MutationErrorAlert error={error} onReload={onReload} />
    </Modal>
  );
}
