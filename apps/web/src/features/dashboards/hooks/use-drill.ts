import { createContext, useContext } from 'react';
import { useSearchParams } from 'react-router';
import { readDrill, writeDrill, type Drill } from '../lib/drill';

/** The open drill-down (from the URL) and how to open or close one. */
export function useDrillParam(): [Drill | null, (drill: Drill | null) => void] {
  const [params, setParams] = useSearchParams();
  return [readDrill(params), (drill) => setParams((current) => writeDrill(current, drill))];
}

/** Lets any figure of a dashboard open a drill-down without threading a callback through. */
export const DrillContext = createContext<(drill: Drill) => void>(() => undefined);

export function useOpenDrill(): (drill: Drill) => void {
  return useContext(DrillContext);
}
