import { useSearchParams } from 'react-router';
import { parseAsOfParam } from '../lib/as-of';

/** The dashboard's moment lives in the URL (?asOf=YYYY-MM-DD or YYYY-MM; none = today). */
export function useAsOfParam(): [string | null, (asOf: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const asOf = parseAsOfParam(params.get('asOf'));
  const setAsOf = (next: string | null) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set('asOf', next);
        else updated.delete('asOf');
        return updated;
      },
      { replace: true },
    );
  return [asOf, setAsOf];
}
