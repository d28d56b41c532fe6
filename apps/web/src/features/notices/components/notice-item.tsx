import {
  chinaDateOf,
  type DepartmentResponse,
  type NoticeResponse,
  type SessionUser,
} from '@bizenv/shared';
import { App } from 'antd';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useDiscardNotice } from '../api/discard-notice';
import { noticesRootKey } from '../api/keys';
import { noticeActions, type NoticeAction } from '../lib/notice-permissions';
import { responseState } from '../lib/response-state';
import { AnswerNoticeDialog } from './answer-notice-dialog';
import { CloseNoticeDialog } from './close-notice-dialog';
import { EditDraftDialog } from './edit-draft-dialog';
import { NoticeCard } from './notice-card';

interface NoticeItemProps {
  user: SessionUser;
  notice: NoticeResponse;
  /** The jurisdiction's departments (a draft's addressee may be changed). */
  departments: DepartmentResponse[];
  /** Links the card's title to the notice's page (not on that page itself). */
  linked?: boolean;
  onDiscarded?: () => void;
}

/** A notice card with what the user may do about it: edit or discard, answer, close. */
export function NoticeItem({ user, notice, departments, linked, onDiscarded }: NoticeItemProps) {
  const discard = useDiscardNotice();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState<Exclude<NoticeAction, 'discard'> | null>(null);
  const reload = () => void queryClient.invalidateQueries({ queryKey: noticesRootKey });
  const close = () => setOpen(null);

  const act = (action: NoticeAction) => {
    if (action !== 'discard') return setOpen(action);
    discard.mutate(notice.id, {
      onSuccess: () => {
        void message.success('督办草稿已删除');
        onDiscarded?.();
      },
    });
  };

  return (
    <>
      <NoticeCard
        notice={notice}
        state={responseState(notice, chinaDateOf(new Date()))}
        actions={noticeActions(user, notice)}
        onAction={act}
        linked={linked}
        discarding={discard.isPending}
        discardError={discard.error}
        onReload={() => {
          discard.reset();
          reload();
        }}
      />
      {open === 'edit' && (
        <EditDraftDialog
          notice={notice}
          departments={departments}
          onClose={close}
          onReload={reload}
        />
      )}
      {open === 'answer' && (
        <AnswerNoticeDialog notice={notice} onClose={close} onReload={reload} />
      )}
      {open === 'close' && <CloseNoticeDialog notice={notice} onClose={close} onReload={reload} />}
    </>
  );
}
