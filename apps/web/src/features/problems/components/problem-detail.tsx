import { PROBLEM_EVENT_ACTION_LABELS } from '@bizenv/shared';
import { Descriptions, Timeline, Typography } from 'antd';
import { QueryState } from '@/components/query-state';
import { formatInstant } from '@/lib/format';
import { useProblem } from '../api/get-problem';

/** A problem's measure, evidence and history, read when its row is opened. */
export function ProblemDetail({ id }: { id: number }) {
  const query = useProblem(id);
  return (
    <QueryState query={query} loadingText="正在加载问题详情…">
      {(problem) => (
        <div className="problem-detail">
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'measure',
                label: '整改措施',
                children: problem.measure || (
                  <Typography.Text type="secondary">尚未填写</Typography.Text>
                ),
              },
              {
                key: 'evidence',
                label: '佐证材料',
                children:
                  problem.attachments.length === 0 ? (
                    <Typography.Text type="secondary">无</Typography.Text>
                  ) : (
                    <ul className="problem-detail__files">
                      {problem.attachments.map((file) => (
                        <li key={file.id}>
                          <a href={file.downloadUrl} target="_blank" rel="noreferrer">
                            {file.originalName}
                          </a>
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
          <Timeline
            className="problem-detail__history"
            items={[...problem.events].reverse().map((event) => ({
              key: event.id,
              content: (
                <span>
                  <strong>{PROBLEM_EVENT_ACTION_LABELS[event.action]}</strong>
                  <Typography.Text type="secondary">
                    {' '}
                    {event.actorName} · {formatInstant(event.at)}
                  </Typography.Text>
                  {event.reason && <div className="problem-detail__reason">{event.reason}</div>}
                </span>
              ),
            }))}
          />
        </div>
      )}
    </QueryState>
  );
}
