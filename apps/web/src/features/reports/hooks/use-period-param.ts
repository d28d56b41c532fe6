import { useSearchParams } from 'react-router';
import { currentPeriod, parsePeriodParam } from '../lib/periods';

/** The period of a page lives in the URL (?period=YYYY-MM), so a link opens the same month. */
export function usePeriodParam(): [string, (period: string) => void] {
  const [params, setParams] = useSearchParams();
  const period = parsePeriodParam(params.get('period')) ?? currentPeriod();
  const setPeriod = (next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set('period', next);
        return updated;
      },
      { replace: true },
    );
  return [period, setPeriod];
}
