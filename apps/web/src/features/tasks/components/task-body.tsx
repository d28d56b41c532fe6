import { Typography } from 'antd';
import '../tasks.css';

/** The task's text as printed, one paragraph per line of the source. */
export function TaskBody({ body, emptyText = '（无正文）' }: { body: string; emptyText?: string }) {
  const paragraphs = body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0)
    return <Typography.Text type="secondary">{emptyText}</Typography.Text>;
  return (
    <div className="task-body">
      {paragraphs.map((paragraph, index) => (
        <Typography.Paragraph key={index}>{paragraph}</Typography.Paragraph>
      ))}
    </div>
  );
}
