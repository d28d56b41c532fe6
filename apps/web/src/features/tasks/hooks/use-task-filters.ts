import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  EMPTY_FILTERS,
  parseTaskFilters,
  writeTaskFilters,
  type TaskFilters,
} from '../lib/task-filters';

/**
 * Task filters kept in the URL query, so that a filtered list can be bookmarked or sent to a
 * colleague. Typing replaces the history entry; choosing a filter adds one, so Back undoes it.
 */
export function useTaskFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseTaskFilters(params), [params]);

  const setFilters = useCallback(
    (patch: Partial<TaskFilters>, options: { replace?: boolean } = {}) => {
      setParams(
        (current) => writeTaskFilters(current, { ...parseTaskFilters(current), ...patch }),
        {
          replace: options.replace ?? false,
          preventScrollReset: true,
        },
      );
    },
    [setParams],
  );

  const clearFilters = useCallback(() => setFilters(EMPTY_FILTERS), [setFilters]);

  return { filters, setFilters, clearFilters };
}
