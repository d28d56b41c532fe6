import { lazy, Suspense } from 'react';
import type { JurisdictionSwitcherProps } from './jurisdiction-switcher';
import '../jurisdictions.css';

const JurisdictionSwitcher = lazy(() =>
  import('./jurisdiction-switcher').then((module) => ({ default: module.JurisdictionSwitcher })),
);

/**
 * The switcher's TreeSelect (rc-tree, rc-select, virtual list) is fetched right after the first
 * paint instead of with it; meanwhile a placeholder of the same size holds the place.
 */
export function LazyJurisdictionSwitcher(props: JurisdictionSwitcherProps) {
  return (
    <Suspense
      fallback={
        <span className="jurisdiction-switcher-placeholder" style={{ width: props.width ?? 200 }} />
      }
    >
      <JurisdictionSwitcher {...props} />
    </Suspense>
  );
}
