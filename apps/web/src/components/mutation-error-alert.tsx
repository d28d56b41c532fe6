import { Alert, Button } from 'antd';
import { errorMessage, isApiError } from '@/lib/api-client';

interface MutationErrorAlertProps {
  error: unknown;
  /** Re-reads the record, so the user acts on the current version after a conflict. */
  onReload: () => void;
}

/**
 * The error of a write, shown where the user made it. A version conflict (someone else changed the
 * record meanwhile) asks the user to reload and offers the button; anything else shows the API's
 * Chinese message.
 */
export function MutationErrorAlert({ error, onReload }: MutationErrorAlertProps) {
  if (!error) return null;
  if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title="该记录已被他人修改"
        description="您看到的内容已过期，请重新加载后再操作。"
        action={
          <Button size="small" type="primary" onClick={onReload}>
            重新加载
          </Button>
        }
      />
    );
  }
  return <Alert type="error" showIcon role="alert" title={errorMessage(error)} />;
}
