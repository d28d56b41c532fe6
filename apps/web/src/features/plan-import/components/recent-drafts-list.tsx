import { Button, Card, Empty, List, Popconfirm } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatInstant } from '@/lib/format';
import { useDeletePlanImport } from '../api/delete-plan-import';
import { forgetDraft, readRecentDrafts } from '../lib/recent-drafts';

/** Drafts started in this browser that still wait for review (they are kept on the server). */
export function RecentDraftsList({ code }: { code: string }) {
  const [drafts, setDrafts] = useState(() => readRecentDrafts(code));
  const remove = useDeletePlanImport(code);

  const discard = (id: number) =>
    remove.mutate(id, {
      onSettled: () => {
        forgetDraft(code, id);
        setDrafts(readRecentDrafts(code));
      },
    });

  return (
    <Card title="待审核的草稿">
      {drafts.length === 0 ? (
        <Empty description="暂无草稿" />
      ) : (
        <List
          dataSource={drafts}
          renderItem={(draft) => (
            <List.Item
              actions={[
                <Link key="open" to={`/j/${code}/imports/${draft.id}`}>
                  继续审核
                </Link>,
                <Popconfirm
                  key="discard"
                  title="放弃这份草稿？"
                  okText="放弃"
                  cancelText="取消"
                  onConfirm={() => discard(draft.id)}
                >
                  <Button type="link" danger>
                    放弃
                  </Button>
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta
                title={draft.label}
                description={`创建于 ${formatInstant(draft.createdAt)}`}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
