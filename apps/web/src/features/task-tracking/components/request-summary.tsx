import {
  CHANGE_REQUEST_KIND_LABELS,
  type ChangeRequestResponse,
  type ClosureRequestResponse,
  type DepartmentResponse,
} from '@bizenv/shared';
import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDate, formatInstant } from '@/lib/format';

const names = (departments: DepartmentResponse[]) =>
  departments.length > 0 ? departments.map((d) => d.name).join('、') : '无';

/** What a change request proposes, in rows: new deadline, new wording, new departments. */
export function proposalItems(
  request: ChangeRequestResponse,
): { key: string; label: string; children: ReactNode }[] {
  const items: { key: string; label: string; children: ReactNode }[] = [];
  if (request.proposedDeadline) {
    items.push({
      key: 'deadline',
      label: '延期至',
      children: `${request.proposedDeadline.printed}（${formatDate(request.proposedDeadline.date)}）`,
    });
  }
  if (request.proposedTitle)
    items.push({ key: 'title', label: '新标题', children: request.proposedTitle });
  if (request.proposedBody) {
    items.push({
      key: 'body',
      label: '新内容',
      children: (
        <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ margin: 0 }}>
          {request.proposedBody}
        </Typography.Paragraph>
      ),
    });
  }
  if (request.proposedLeadDepartments) {
    items.push({
      key: 'lead',
      label: '牵头部门',
      children: names(request.proposedLeadDepartments),
    });
    items.push({
      key: 'support',
      label: '配合部门',
      children: names(request.proposedSupportDepartments ?? []),
    });
  }
  return items;
}

/** "县发改局 张三"; a department account is often named after its department: say it once. */
function requester({ department, requestedBy }: AnyRequest['request']): string {
  return requestedBy.displayName === department.name
    ? department.name
    : `${department.name} ${requestedBy.displayName}`;
}

export type AnyRequest =
  | { kind: 'closure'; request: ClosureRequestResponse }
  | { kind: 'change'; request: ChangeRequestResponse };

export function requestLabel(item: AnyRequest): string {
  return item.kind === 'closure' ? '销号申请' : CHANGE_REQUEST_KIND_LABELS[item.request.kind];
}

/** Who asked, when, why, and what: the body of a request card. */
export function RequestSummary({ item }: { item: AnyRequest }) {
  const { request } = item;
  const rows: { key: string; label: string; children: ReactNode }[] = [
    {
      key: 'by',
      label: '申请单位',
      children: `${requester(request)}（${formatInstant(request.createdAt)}）`,
    },
    item.kind === 'closure'
      ? { key: 'note', label: '完成情况', children: item.request.note }
      : { key: 'reason', label: '申请理由', children: item.request.reason },
    ...(item.kind === 'change' ? proposalItems(item.request) : []),
  ];
  if (item.kind === 'closure') {
    rows.push({
      key: 'evidence',
      label: '佐证材料',
      children: (
        <ul className="evidence-links">
          {item.request.attachments.map((file) => (
            <li key={file.id}>
              <a href={file.downloadUrl} target="_blank" rel="noreferrer">
                {file.originalName}
              </a>
            </li>
          ))}
        </ul>
      ),
    });
  }
  return <Descriptions size="small" column={1} items={rows} className="request-summary" />;
}
