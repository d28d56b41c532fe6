import { useEffect, useRef, useState, type ReactNode } from 'react';

interface DeferUntilVisibleProps {
  /** Height kept free until the content mounts, so nothing below jumps (no layout shift). */
  minHeight: number;
  className?: string;
  children: ReactNode;
}

/**
 * Mounts its content once it comes near the viewport, and keeps it mounted. The dashboard's
 * tables and charts below the fold then cost nothing on the first screen (Recharts is not even
 * downloaded until a chart is about to be seen).
 */
export function DeferUntilVisible({ minHeight, className, children }: DeferUntilVisibleProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (visible || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setVisible(true);
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible]);
  return (
    <div ref={ref} className={className} style={visible ? undefined : { minHeight }}>
      {visible ? children : null}
    </div>
  );
}
