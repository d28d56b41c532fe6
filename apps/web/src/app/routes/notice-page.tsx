import type { NoticeDetailResponse, SessionUser } from '@bizenv/shared';
import { Breadcrumb, Col, Flex, Row } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundState } from '@/components/not-found-state';
import { QueryState } from '@/components/query-state';
import { useCurrentUser } from '@/features/auth/api/get-session';
import { useJurisdictionDepartments } from '@/features/jurisdictions/api/get-jurisdiction-departments';
import { useNotice } from '@/features/notices/api/get-notice';
import { noticeQueryKey } from '@/features/notices/api/keys';
import { NoticeHistory } from '@/features/notices/components/notice-history';
import { NoticeItem } from '@/features/notices/components/notice-item';
import { addresseeDepartmentId, canInstruct } from '@/features/notices/lib/notice-permissions';
import { InstructionsSection } from '@/features/task-tracking/components/instructions-section';
import { pageTitle } from '@/lib/format';
import { useReportPlace } from '../current-jurisdiction';
import { parseId } from './parse-id';

function NoticeView({ notice, user }: { notice: NoticeDetailResponse; user: SessionUser }) {
  useReportPlace(notice.jurisdictionCode);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: departments } = useJurisdictionDepartments(notice.jurisdictionCode);
  const reload = () => void queryClient.invalidateQueries({ queryKey: noticeQueryKey(notice.id) });
  return (
    <Flex vertical gap={16}>
      <title>{pageTitle(`督办：${notice.department.name}`)}</title>
      <Breadcrumb
        items={[
          { key: 'notices', title: <Link to="/notices">督办</Link> },
          { key: 'notice', title: notice.department.name },
        ]}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={12}>
            <NoticeItem
              user={user}
              notice={notice}
              departments={departments ?? []}
              onDiscarded={() => void navigate('/notices')}
            />
            {/* 批示 are written on issued notices; a draft is still the office's own work. */}
            {notice.status !== 'draft' && (
              <InstructionsSection
                subject={{ kind: 'notice', id: notice.id }}
                canWrite={canInstruct(user, notice)}
                ownDepartmentId={addresseeDepartmentId(user, notice)}
                onReload={reload}
              />
            )}
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <NoticeHistory events={notice.events} />
        </Col>
      </Row>
    </Flex>
  );
}

/** /notices/:id — one supervision notice: its content and actions, leaders' 批示, history. */
export function NoticePage() {
  const id = parseId(useParams().id);
  const user = useCurrentUser();
  const query = useNotice(id);
  if (id === null) {
    return <NotFoundState title="未找到该督办" description="督办编号不正确，请从督办列表进入。" />;
  }
  if (!user) return null;
  return (
    <QueryState query={query} loadingText="正在加载督办…">
      {(notice) => <NoticeView notice={notice} user={user} />}
    </QueryState>
  );
}
