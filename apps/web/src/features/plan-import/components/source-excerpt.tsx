import { Typography } from 'antd';

const CONTEXT_LINES = 2;

/** The source lines a task was read from, highlighted, with a little context around them. */
export function SourceExcerpt({
  lines,
  span,
}: {
  lines: string[];
  span: { start: number; end: number } | null;
}) {
  if (!span) {
    return (
      <Typography.Text type="secondary">无对应原文（附件表格或拆分产生的任务）</Typography.Text>
    );
  }
  const from = Math.max(1, span.start - CONTEXT_LINES);
  const to = Math.min(lines.length, span.end + CONTEXT_LINES);
  const shown = [];
  for (let line = from; line <= to; line++) {
    const inside = line >= span.start && line <= span.end;
    shown.push(
      <div
        key={line}
        className={inside ? 'plan-import-source__line is-task' : 'plan-import-source__line'}
      >
        <span className="plan-import-source__number">{line}</span>
        <span>{lines[line - 1] || '\u00a0'}</span>
      </div>,
    );
  }
  return (
    <div className="plan-import-source" aria-label={`原文第 ${span.start}–${span.end} 行`}>
      {shown}
    </div>
  );
}
