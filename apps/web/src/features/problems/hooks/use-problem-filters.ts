import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  readProblemFilters,
  writeProblemFilters,
  type ProblemFilters,
} from '../lib/problem-filters';

/** The problem list's filters live in the URL, so a filtered list can be shared and reloaded. */
export function useProblemFilters(): [ProblemFilters, (filters: ProblemFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readProblemFilters(params), [params]);
  return [filters, (next) => setParams(writeProblemFilters(next), { replace: true })];
}
