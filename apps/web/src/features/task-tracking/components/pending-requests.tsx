import { App, Button, Card, Flex, Popconfirm, Tag } from 'antd';
import { useState } from 'react';
import { MutationErrorAlert } from '@/components/mutation-error-alert';
import { useDecideChangeRequest } from '../api/decide-change-request';
import { useDecideClosureRequest, type Decision } from '../api/decide-closure-request';
import { RejectDialog } from './reject-dialog';
import { requestLabel, RequestSummary, type AnyRequest } from './request-summary';

interface PendingRequestsProps {
  taskId: number;
  requests: AnyRequest[];
  /** The office of the task's jurisdiction decides; everyone else reads. */
  canDecide: boolean;
  onReload: () => void;
}

const keyOf = (item: AnyRequest) => `${item.kind}-${item.request.id}`;

/** Requests waiting for the office: closure (销号), extension and adjustment, with 同意 / 退回. */
export function PendingRequests({ taskId, requests, canDecide, onReload }: PendingRequestsProps) {
  const closure = useDecideClosureRequest(taskId);
  const change = useDecideChangeRequest(taskId);
  const { message } = App.useApp();
  const [rejecting, setRejecting] = useState<AnyRequest | null>(null);
  const [acting, setActing] = useState<string | null>(null);

  if (requests.length === 0) return null;
  const mutationOf = (item: AnyRequest) => (item.kind === 'closure' ? closure : change);

  const decide = (item: AnyRequest, decision: Decision) => {
    setActing(keyOf(item));
    mutationOf(item).mutate(
      { id: item.request.id, decision },
      {
        onSuccess: () => {
          void message.success(decision.approve ? '已同意该申请' : '已退回该申请');
          setRejecting(null);
        },
      },
    );
  };
  const reload = () => {
    closure.reset();
    change.reset();
    setRejecting(null);
    onReload();
  };
  const rejectMutation = rejecting ? mutationOf(rejecting) : null;

  return (
    <Card size="small" title={`待审核申请（${requests.length}）`} className="pending-requests">
      <Flex vertical gap={12}>
        {requests.map((item) => {
          const key = keyOf(item);
          const mutation = mutationOf(item);
          const busy = mutation.isPending && acting === key;
          return (
            <div key={key} className="pending-request" data-request={key}>
              <Flex gap={8} align="center" wrap className="pending-request__head">
                <Tag color="gold">{requestLabel(item)}</Tag>
                <Tag>待审核</Tag>
              </Flex>
              <RequestSummary item={item} />
              {canDecide && (
                <Flex gap={8} wrap justify="flex-end">
                  <Button
                    danger
                    disabled={busy}
                    onClick={() => {
                      mutation.reset();
                      setActing(key);
                      setRejecting(item);
                    }}
                  >
                    退回
                  </Button>
                  <Popconfirm
                    title={`同意该${requestLabel(item)}？`}
                    description={
                      item.kind === 'closure'
                        ? '同意后任务将销号。'
                        : '同意后任务将按申请内容变更。'
                    }
                    okText="同意"
                    cancelText="取消"
                    onConfirm={() => decide(item, { approve: true, version: item.request.version })}
                  >
                    <Button type="primary" loading={busy && !rejecting}>
                      同意
                    </Button>
                  </Popconfirm>
                </Flex>
              )}
              {acting === key && !rejecting && (
                <MutationErrorAlert error={mutation.error} onReload={reload} />
              )}
            </div>
          );
        })}
      </Flex>
      {rejecting && rejectMutation && (
        <RejectDialog
          title={`退回${requestLabel(rejecting)}`}
          open
          pending={rejectMutation.isPending}
          error={rejectMutation.error}
          onReload={reload}
          onClose={() => {
            rejectMutation.reset();
            setRejecting(null);
          }}
          onSubmit={(reason) =>
            decide(rejecting, { approve: false, version: rejecting.request.version, reason })
          }
        />
      )}
    </Card>
  );
}
