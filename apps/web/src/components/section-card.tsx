import { Card, Collapse, Grid } from 'antd';
import type { ReactNode } from 'react';

interface SectionCardProps {
  title: ReactNode;
  children: ReactNode;
  className?: string;
  /** On phones, show the block folded so that the main content (tasks) is reached quickly. */
  foldOnPhone?: boolean;
}

/** A titled block of a page: a card, or on phones optionally a folded panel. */
export function SectionCard({ title, children, className, foldOnPhone = false }: SectionCardProps) {
  const screens = Grid.useBreakpoint();
  if (foldOnPhone && !screens.md) {
    return (
      <Collapse
        size="small"
        className={className}
        items={[{ key: 'content', label: <strong>{title}</strong>, children }]}
      />
    );
  }
  return (
    <Card size="small" title={title} className={className}>
      {children}
    </Card>
  );
}
