import { Flex, Form, Modal, type FormInstance } from 'antd';
import { useId, type ReactNode } from 'react';
import { MutationErrorAlert } from './mutation-error-alert';

interface FormDialogProps<T> {
  title: ReactNode;
  open: boolean;
  /** The form of the dialog (Form.useForm()), so that the caller can preset or read values. */
  form: FormInstance<T>;
  okText?: string;
  /** Danger styling of the confirm button (return, discard). */
  danger?: boolean;
  pending: boolean;
  /** The error of the last submission, shown above the buttons. */
  error: unknown;
  /** After a version conflict: re-read the record and close the dialog. */
  onReload: () => void;
  onSubmit: (values: T) => void;
  onClose: () => void;
  initialValues?: Partial<T>;
  children: ReactNode;
}

/**
 * A modal with a vertical form: validates, submits, shows the server's answer (a conflict offers
 * 重新加载), and keeps the user's input while a request is pending. Closed dialogs are unmounted,
 * so each opening starts from the initial values.
 */
export function FormDialog<T>({
  title,
  open,
  form,
  okText = '提交',
  danger = false,
  pending,
  error,
  onReload,
  onSubmit,
  onClose,
  initialValues,
  children,
}: FormDialogProps<T>) {
  const formId = useId();
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      destroyOnHidden
      okText={okText}
      okButtonProps={{ htmlType: 'submit', form: formId, loading: pending, danger }}
      cancelButtonProps={{ disabled: pending }}
      mask={{ closable: !pending }}
      width={{ xs: 'calc(100vw - 24px)', sm: 520 }}
    >
      <Form<T>
        id={formId}
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onSubmit}
        disabled={pending}
        requiredMark
      >
        <Flex vertical gap={0}>
          {children}
        </Flex>
      </Form>
      <MutationErrorAlert error={error} onReload={onReload} />
    </Modal>
  );
}
