import { useEffect, useState } from 'react';
import { fitScale } from '../lib/fit';

/** The stage's scale for the current window, kept up to date on resize (no scrolling ever). */
export function useFitScale(): number {
  const [scale, setScale] = useState(() => fitScale(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const update = () => setScale(fitScale(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return scale;
}
