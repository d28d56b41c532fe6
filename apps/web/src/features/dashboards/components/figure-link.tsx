import type { ReactNode } from 'react';
import { useOpenDrill } from '../hooks/use-drill';
import type { Drill } from '../lib/drill';

interface FigureLinkProps {
  drill: Drill;
  children: ReactNode;
  /** What the number counts, for screen readers and the tooltip ("逾期任务 3 项"). */
  label: string;
  className?: string;
}

/** A number that opens the list behind it. */
export function FigureLink({ drill, children, label, className }: FigureLinkProps) {
  const open = useOpenDrill();
  return (
    <button
      type="button"
      className={`figure-link ${className ?? ''}`}
      title={`查看${label}`}
      aria-label={`查看${label}`}
      onClick={() => open(drill)}
    >
      {children}
    </button>
  );
}
