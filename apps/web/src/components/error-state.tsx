import { Button, Result } from 'antd';
import { isApiError, errorMessage } from '@/lib/api-client';
import { NotFoundState } from './not-found-state';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

/** The Chinese message of a failed request, with a retry button when retrying can help. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  if (isApiError(error) && error.isNotFound) return <NotFoundState description={error.message} />;
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={errorMessage(error)}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
    />
  );
}
