import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** What to say while loading, e.g. "正在加载方案…". */
  loadingText?: string;
  children: (data: T) => ReactNode;
}

/** Renders loading and error states of a query, and its data once it is there. */
export function QueryState<T>({ query, loadingText, children }: QueryStateProps<T>) {
  if (query.isPending) return <LoadingState text={loadingText} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
