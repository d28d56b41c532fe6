import {
  BULLETIN_PERIOD_KIND_LABELS,
  BULLETIN_STATUS_LABELS,
  type BulletinResponse,
} from '@bizenv/shared';
import { App, Button, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '@/lib/api-client';
import { formatInstant, formatMonth } from '@/lib/format';
import { bulletinFileUrl } from '../api/keys';
import { usePublishBulletin } from '../api/publish-bulletin';
import { UnlockDialog } from './unlock-dialog';

/** Which months of the bulletin are locked now, and the unlocks on record. */
function LockSummary({ bulletin }: { bulletin: BulletinResponse }) {
  if (bulletin.locks.length === 0)
    return <Typography.Text type="secondary">未锁定</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      {bulletin.locks.map((lock) =>
        lock.unlockedAt === null ? (
          <span key={lock.id}>
            <Tag color="red">已锁定</Tag>
            {formatMonth(lock.period)}
          </span>
        ) : (
          <Typography.Text key={lock.id} type="secondary">
            {formatMonth(lock.period)} 已由{lock.unlockedBy?.name}于{formatInstant(lock.unlockedAt)}
            解锁：{lock.unlockReason}
          </Typography.Text>
        ),
      )}
    </Flex>
  );
}

/** The bulletins of a jurisdiction: who generated and published them, files, locks, actions. */
export function BulletinTable({
  bulletins,
  canManage,
}: {
  bulletins: BulletinResponse[];
  canManage: boolean;
}) {
  const { message } = App.useApp();
  const publish = usePublishBulletin();
  const [unlocking, setUnlocking] = useState<BulletinResponse | null>(null);

  return (
    <>
      <Table<BulletinResponse>
        rowKey="id"
        dataSource={bulletins}
        pagination={false}
        locale={{ emptyText: '尚未生成通报' }}
        columns={[
          {
            title: '期间',
            key: 'period',
            render: (_, b) => (
              <span>
                <Tag>{BULLETIN_PERIOD_KIND_LABELS[b.periodKind]}</Tag>
                {b.periodLabel}
              </span>
            ),
          },
          { title: '标题', dataIndex: 'title' },
          {
            title: '状态',
            key: 'status',
            render: (_, b) => (
              <Tag color={b.status === 'published' ? 'green' : 'default'}>
                {BULLETIN_STATUS_LABELS[b.status]}
              </Tag>
            ),
          },
          {
            title: '生成',
            key: 'generated',
            render: (_, b) => `${b.generatedBy.name} · ${formatInstant(b.generatedAt)}`,
          },
          {
            title: '发布',
            key: 'published',
            render: (_, b) =>
              b.publishedBy ? `${b.publishedBy.name} · ${formatInstant(b.publishedAt)}` : '—',
          },
          {
            title: '文件',
            key: 'files',
            render: (_, b) => (
              <Flex gap={8} wrap>
                <a href={bulletinFileUrl(b.id, 'docx')} download={b.files[0]?.fileName}>
                  下载 Word
                </a>
                <a href={bulletinFileUrl(b.id, 'xlsx')} download={b.files[1]?.fileName}>
                  下载台账
                </a>
                <Link to={`/print/bulletins/${b.id}`} target="_blank">
                  打印视图
                </Link>
              </Flex>
            ),
          },
          { title: '报告锁定', key: 'locks', render: (_, b) => <LockSummary bulletin={b} /> },
          ...(canManage
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  render: (_: unknown, b: BulletinResponse) =>
                    b.status === 'draft' ? (
                      <Popconfirm
                        title="发布后文件定稿，该期报告将被锁定。确定发布？"
                        okText="发布"
                        cancelText="取消"
                        onConfirm={() =>
                          publish.mutate(
                            { id: b.id, version: b.version },
                            {
                              onSuccess: () => void message.success('通报已发布，该期报告已锁定'),
                              onError: (error) => void message.error(errorMessage(error)),
                            },
                          )
                        }
                      >
                        <Button size="small" type="primary">
                          发布
                        </Button>
                      </Popconfirm>
                    ) : b.locks.some((lock) => lock.unlockedAt === null) ? (
                      <Button size="small" onClick={() => setUnlocking(b)}>
                        解锁报告
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {unlocking && <UnlockDialog bulletin={unlocking} onClose={() => setUnlocking(null)} />}
    </>
  );
}
