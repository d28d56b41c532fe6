import { PlusOutlined } from '@ant-design/icons';
import {
  chinaDateOf,
  type DepartmentResponse,
  type NoticeStatus,
  type SessionUser,
} from '@bizenv/shared';
import { Button, Empty, Flex, Pagination, Select, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { useNotices } from '../api/get-notices';
import { isOffice } from '../lib/notice-permissions';
import { responseState } from '../lib/response-state';
import { CreateNoticeDialog, type NoticeTaskOption } from './create-notice-dialog';
import { NoticeItem } from './notice-item';
import '../notices.css';

type TabKey = NoticeStatus | 'all';

/** Cards per page: the scheduler drafts one notice per late department and month. */
const PAGE_SIZE = 12;

const TABS: { key: TabKey; label: string; officeOnly?: boolean }[] = [
  { key: 'draft', label: '待下发草稿', officeOnly: true },
  { key: 'issued', label: '待回复' },
  { key: 'answered', label: '已回复' },
  { key: 'closed', label: '已办结' },
  { key: 'all', label: '全部' },
];

interface NoticeBoardProps {
  user: SessionUser;
  /** The user's jurisdiction's departments (filter, and the addressee of a new notice). */
  departments: DepartmentResponse[];
  tasks: NoticeTaskOption[];
}

/** 督办: drafts to issue (office), notices waiting for answers, answered and closed ones. */
export function NoticeBoard({ user, departments, tasks }: NoticeBoardProps) {
  const office = isOffice(user);
  const query = useNotices({});
  const [tab, setTab] = useState<TabKey>(office ? 'draft' : 'issued');
  const [departmentId, setDepartmentId] = useState<number | undefined>();
  const [creating, setCreating] = useState(false);
  const [page, setPage] = useState(1);
  const today = chinaDateOf(new Date());

  const filtered = useMemo(
    () =>
      (query.data ?? []).filter(
        (n) => departmentId === undefined || n.department.id === departmentId,
      ),
    [query.data, departmentId],
  );
  const count = (key: TabKey) =>
    key === 'all' ? filtered.length : filtered.filter((n) => n.status === key).length;
  const shown = filtered
    .filter((n) => tab === 'all' || n.status === tab)
    // Overdue first, then the nearest due date.
    .sort((a, b) => {
      const overdue =
        Number(responseState(b, today) === 'overdue') -
        Number(responseState(a, today) === 'overdue');
      return overdue || a.responseDue.localeCompare(b.responseDue) || b.id - a.id;
    });

  // Issuing the last card of the last page must not leave an empty page behind.
  const current = Math.min(page, Math.max(1, Math.ceil(shown.length / PAGE_SIZE)));

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap justify="space-between" align="center">
        {office ? (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="全部部门"
            style={{ minWidth: 200 }}
            value={departmentId}
            onChange={(value?: number) => {
              setDepartmentId(value);
              setPage(1);
            }}
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
            aria-label="按部门筛选"
          />
        ) : (
          <span />
        )}
        {office && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建督办
          </Button>
        )}
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          setTab(key as TabKey);
          setPage(1);
        }}
        items={TABS.filter((t) => office || !t.officeOnly).map((t) => ({
          key: t.key,
          label: `${t.label}（${count(t.key)}）`,
        }))}
      />
      {query.isPending ? (
        <LoadingState text="正在加载督办…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : shown.length === 0 ? (
        <Empty description="暂无督办" />
      ) : (
        <div className="notice-grid">
          {shown.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE).map((notice) => (
            <NoticeItem
              key={notice.id}
              user={user}
              notice={notice}
              departments={departments}
              linked
            />
          ))}
        </div>
      )}
      {shown.length > PAGE_SIZE && (
        <Pagination
          align="center"
          current={current}
          pageSize={PAGE_SIZE}
          total={shown.length}
          showSizeChanger={false}
          onChange={setPage}
        />
      )}
      {creating && (
        <CreateNoticeDialog
          departments={departments}
          tasks={tasks}
          onClose={() => setCreating(false)}
        />
      )}
    </Flex>
  );
}
