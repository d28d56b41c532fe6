import type { PlanImportTaskReview, SeedTask } from '@bizenv/shared';
import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { deadlineText, UNSURE_LABELS } from '../lib/labels';
import { SourceExcerpt } from './source-excerpt';

interface TaskReviewItemProps {
  task: SeedTask;
  review: PlanImportTaskReview | undefined;
  sourceLines: string[];
  canMerge: boolean;
  busy: boolean;
  onEdit: () => void;
  onMerge: () => void;
  onSplit: () => void;
}

function Flagged({ unsure, children }: { unsure: boolean; children: React.ReactNode }) {
  if (!unsure) return <>{children}</>;
  return (
    <span className="plan-import-unsure">
      <span>{children}</span> <Tag color="warning">待确认</Tag>
    </span>
  );
}

/** One extracted task next to the source text it came from, unsure fields flagged. */
export function TaskReviewItem(props: TaskReviewItemProps) {
  const { task, review, sourceLines } = props;
  const unsure = new Set(review?.unsure ?? []);
  const units = (names: string[]) => (names.length > 0 ? names.join('、') : '—');
  return (
    <Card
      size="small"
      className="plan-import-task-card"
      data-task-code={task.code}
      title={
        <Space wrap>
          <Typography.Text strong>{task.code}</Typography.Text>
          <span>{task.title}</span>
          {[...unsure].map((field) => (
            <Tag key={field} color="warning">
              {UNSURE_LABELS[field]}存疑
            </Tag>
          ))}
        </Space>
      }
      extra={
        <Space size={0}>
          <Button type="link" size="small" onClick={props.onEdit} disabled={props.busy}>
            编辑
          </Button>
          <Button
            type="link"
            size="small"
            onClick={props.onMerge}
            disabled={props.busy || !props.canMerge}
          >
            与下一项合并
          </Button>
          <Button type="link" size="small" onClick={props.onSplit} disabled={props.busy}>
            拆分
          </Button>
        </Space>
      }
    >
      <div className="plan-import-task">
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="任务内容">{task.body || task.title}</Descriptions.Item>
          <Descriptions.Item label="牵头单位">
            <Flagged unsure={unsure.has('leadDepartments')}>{units(task.leadDepartments)}</Flagged>
          </Descriptions.Item>
          <Descriptions.Item label="配合单位">
            <Flagged unsure={unsure.has('supportDepartments')}>
              {units(task.supportDepartments)}
            </Flagged>
          </Descriptions.Item>
          <Descriptions.Item label="完成时限">
            <Flagged unsure={unsure.has('deadline')}>{deadlineText(task.deadline)}</Flagged>
          </Descriptions.Item>
          <Descriptions.Item label="量化目标">
            <Flagged unsure={unsure.has('targets')}>
              {task.targets.length > 0 ? task.targets.map((t) => t.printed).join('；') : '—'}
            </Flagged>
          </Descriptions.Item>
        </Descriptions>
        <SourceExcerpt lines={sourceLines} span={review?.sourceLines ?? null} />
      </div>
    </Card>
  );
}
