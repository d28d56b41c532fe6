import { Flex, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { NotFoundState } from '@/components/not-found-state';
import { QueryState } from '@/components/query-state';
import { useJurisdictionDepartments } from '@/features/jurisdictions/api/get-jurisdiction-departments';
import { usePlanImport } from '@/features/plan-import/api/get-plan-import';
import { DraftReview } from '@/features/plan-import/components/draft-review';
import { forgetDraft } from '@/features/plan-import/lib/recent-drafts';
import { isApiError } from '@/lib/api-client';
import { pageTitle } from '@/lib/format';
import { useReportPlace } from '../current-jurisdiction';
import { parseId } from './parse-id';

/** /j/:code/imports/:id — review an import draft and commit it. */
export function PlanImportReviewPage() {
  const { code = '', id } = useParams();
  useReportPlace(code);
  const draftId = parseId(id);
  const draft = usePlanImport(code, draftId);
  const departments = useJurisdictionDepartments(code);
  const gone = isApiError(draft.error) && draft.error.isNotFound;

  useEffect(() => {
    if (gone && draftId !== null) forgetDraft(code, draftId);
  }, [gone, code, draftId]);

  if (draftId === null || gone) {
    return (
      <NotFoundState
        title="草稿不存在"
        description="草稿可能已提交或已放弃，请回到导入页面重新上传。"
      />
    );
  }
  return (
    <Flex vertical gap={16}>
      <title>{pageTitle('审核导入')}</title>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          审核导入
        </Typography.Title>
        <Link to={`/j/${code}/imports`}>返回导入方案</Link>
      </div>
      <QueryState query={draft} loadingText="正在加载草稿…">
        {(data) => <DraftReview code={code} draft={data} departments={departments.data ?? []} />}
      </QueryState>
    </Flex>
  );
}
