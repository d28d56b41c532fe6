import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import type { InstructionAckResponse, InstructionResponse } from '@bizenv/shared';
import { App, Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { MutationErrorAlert } from '@/components/mutation-error-alert';
import { formatInstant } from '@/lib/format';
import { useAcknowledgeInstruction } from '../api/acknowledge-instruction';
import type { InstructionSubjectRef } from '../lib/instruction-subject';

interface InstructionListProps {
  subject: InstructionSubjectRef;
  instructions: InstructionResponse[];
  /** The user's department when it may acknowledge (a department concerned by the subject). */
  ownDepartmentId: number | null;
  onReload: () => void;
  /** In the card's header (a leader's 批示 button). */
  extra?: ReactNode;
}

function AckTag({ ack }: { ack: InstructionAckResponse }) {
  if (ack.acknowledgedAt) {
    return (
      <Tag
        color="success"
        icon={<CheckCircleFilled />}
        title={`${ack.acknowledgedBy?.displayName ?? ''} ${formatInstant(ack.acknowledgedAt)} 签收`}
        className="ack-tag"
      >
        {ack.department.name} 已签收
      </Tag>
    );
  }
  return (
    <Tag color="warning" icon={<ClockCircleOutlined />} className="ack-tag">
      {ack.department.name} 待签收
    </Tag>
  );
}

/** Leaders' 批示 on a task or notice, newest first, with each concerned department's receipt. */
export function InstructionList({
  subject,
  instructions,
  ownDepartmentId,
  onReload,
  extra,
}: InstructionListProps) {
  const acknowledge = useAcknowledgeInstruction(subject);
  const { message } = App.useApp();
  const sorted = [...instructions].sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt),
  );

  return (
    <Card
      size="small"
      title={`领导批示（${instructions.length}）`}
      extra={extra}
      className="instruction-list"
    >
      {sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无批示" />
      ) : (
        <Flex vertical gap={12}>
          {sorted.map((instruction) => {
            const mine = instruction.acknowledgements.find(
              (ack) => ack.department.id === ownDepartmentId && ack.acknowledgedAt === null,
            );
            const busy = acknowledge.isPending && acknowledge.variables === instruction.id;
            return (
              <div key={instruction.id} className="instruction" data-instruction={instruction.id}>
                <Typography.Paragraph className="instruction__text">
                  {instruction.text}
                </Typography.Paragraph>
                <Typography.Text type="secondary" className="instruction__meta">
                  {instruction.author.displayName} · {formatInstant(instruction.createdAt)}
                </Typography.Text>
                <Flex gap={4} wrap align="center" className="instruction__acks">
                  {instruction.acknowledgements.map((ack) => (
                    <AckTag key={ack.department.id} ack={ack} />
                  ))}
                  {mine && (
                    <Button
                      type="primary"
                      size="small"
                      loading={busy}
                      onClick={() =>
                        acknowledge.mutate(instruction.id, {
                          onSuccess: () => void message.success('已确认收到该批示'),
                        })
                      }
                    >
                      确认收到
                    </Button>
                  )}
                </Flex>
                {acknowledge.variables === instruction.id && (
                  <MutationErrorAlert
                    error={acknowledge.error}
                    onReload={() => {
                      acknowledge.reset();
                      onReload();
                    }}
                  />
                )}
              </div>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
