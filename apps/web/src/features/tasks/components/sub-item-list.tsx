import { TASK_KIND_LABELS, type TaskResponse } from '@bizenv/shared';
import { Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { DepartmentTags } from '@/components/department-tags';
import { DeadlineChip } from './deadline-chip';
import { TargetChips } from './target-chips';
import '../tasks.css';

const bare = (text: string) => text.trim().replace(/[。；;，,.]+$/, '');

function SubItem({ item }: { item: TaskResponse }) {
  // Sub-items are often one sentence: the title then repeats the body; show it once.
  const showBody = item.body.trim() !== '' && bare(item.body) !== bare(item.title);
  const attributed = item.leadDepartments.length > 0 || item.supportDepartments.length > 0;
  return (
    <li className="sub-item">
      <span className="task-code">{item.code}</span>
      <Flex vertical gap={4} className="sub-item__main">
        <Link to={`/tasks/${item.id}`} className="task-title">
          {item.title}
        </Link>
        {showBody && <Typography.Text className="sub-item__body">{item.body}</Typography.Text>}
        <Flex wrap gap={4} align="center" className="cell-meta">
          {attributed ? (
            <>
              {/* A bundle's services each name the unit that handles them (★ marks the bundle lead). */}
              <span className="meta-label">
                {item.kind === 'bundle_item' ? '办理单位' : '牵头'}
              </span>
              <DepartmentTags
                departments={item.leadDepartments}
                role="lead"
                emptyText="同上级任务"
              />
              {item.supportDepartments.length > 0 && (
                <>
                  <span className="meta-label">配合</span>
                  <DepartmentTags departments={item.supportDepartments} role="support" />
                </>
              )}
            </>
          ) : (
            <Typography.Text type="secondary">责任单位同上级任务</Typography.Text>
          )}
          {item.deadline.kind !== 'none' && <DeadlineChip deadline={item.deadline} />}
          <TargetChips targets={item.targets} />
        </Flex>
      </Flex>
    </li>
  );
}

/** Numbered sub-items （1）（2）… or the services of a "一件事" bundle, each with its own attribution. */
export function SubItemList({ items }: { items: TaskResponse[] }) {
  if (items.length === 0) return null;
  const kind = items[0] ? TASK_KIND_LABELS[items[0].kind] : '子项';
  return (
    <ol className="sub-item-list" aria-label={kind}>
      {items.map((item) => (
        <SubItem key={item.id} item={item} />
      ))}
    </ol>
  );
}
