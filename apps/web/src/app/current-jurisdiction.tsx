import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/** Where the user is: the shell's switcher and menu follow the page being read. */
export interface CurrentPlace {
  jurisdictionCode: string | undefined;
  planId: number | undefined;
}

type Setter = (place: CurrentPlace) => void;

const PlaceContext = createContext<CurrentPlace>({
  jurisdictionCode: undefined,
  planId: undefined,
});
const SetPlaceContext = createContext<Setter>(() => undefined);

export function CurrentPlaceProvider({ children }: { children: ReactNode }) {
  const [place, setPlace] = useState<CurrentPlace>({
    jurisdictionCode: undefined,
    planId: undefined,
  });
  return (
    <SetPlaceContext.Provider value={setPlace}>
      <PlaceContext.Provider value={place}>{children}</PlaceContext.Provider>
    </SetPlaceContext.Provider>
  );
}

export function useCurrentPlace(): CurrentPlace {
  return useContext(PlaceContext);
}

/** Called by pages once they know their jurisdiction (and plan). Undefined values keep the last place. */
export function useReportPlace(jurisdictionCode: string | undefined, planId?: number) {
  const setPlace = useContext(SetPlaceContext);
  useEffect(() => {
    if (jurisdictionCode !== undefined) setPlace({ jurisdictionCode, planId });
  }, [setPlace, jurisdictionCode, planId]);
}
