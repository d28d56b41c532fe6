import { REPORT_STATUSES, type ReportStatus } from '@bizenv/shared';
import { Card, Flex, Input, Select, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { QueryState } from '@/components/query-state';
import { NotFoundState } from '@/components/not-found-state';
import { useCurrentUser } from '@/features/auth/api/get-session';
import { useJurisdictionDepartments } from '@/features/jurisdictions/api/get-jurisdiction-departments';
import { useJurisdiction } from '@/features/jurisdictions/hooks/use-jurisdiction';
import { useReportStatus } from '@/features/reports/api/get-report-status';
import { useReportList } from '@/features/reports/api/list-reports';
import { PeriodSelect } from '@/features/reports/components/period-select';
import { ReportInboxTable } from '@/features/reports/components/report-inbox-table';
import { ReportReviewDrawer } from '@/features/reports/components/report-review-drawer';
import { ReportStatusTable } from '@/features/reports/components/report-status-table';
import { REPORT_STATE_LABELS } from '@/features/reports/lib/labels';
import { currentPeriod, parsePeriodParam } from '@/features/reports/lib/periods';
import { pageTitle } from '@/lib/format';
import { useReportPlace } from '../current-jurisdiction';
import { parseId } from './parse-id';

/** Drafts stay with their department: the office reviews what was sent. */
const REVIEWABLE: ReportStatus[] = REPORT_STATUSES.filter((s) => s !== 'draft');

function useInboxParams() {
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const filter = {
    period: parsePeriodParam(params.get('period')) ?? undefined,
    // Default: what waits for review. "all" lists every state.
    status:
      statusParam === 'all'
        ? undefined
        : (REVIEWABLE.find((s) => s === statusParam) ?? ('submitted' as ReportStatus)),
    departmentId: parseId(params.get('department') ?? undefined) ?? undefined,
  };
  const set = (changes: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(name);
          else next.set(name, value);
        }
        return next;
      },
      { replace: true },
    );
  return {
    filter,
    q: params.get('q') ?? '',
    tab: params.get('tab') === 'status' ? 'status' : 'inbox',
    statusPeriod: parsePeriodParam(params.get('period')) ?? currentPeriod(),
    openId: parseId(params.get('report') ?? undefined),
    set,
  };
}

function StatusTab({ code, period }: { code: string; period: string }) {
  const query = useReportStatus(code, period);
  return (
    <QueryState query={query} loadingText="正在统计报送情况…">
      {(status) => <ReportStatusTable status={status} />}
    </QueryState>
  );
}

/** /office/reports — the office's review inbox and the per-period late/missing table. */
export function OfficeReportsPage() {
  const user = useCurrentUser();
  const code = user?.jurisdictionCode;
  useReportPlace(code);
  const { filter, q, tab, statusPeriod, openId, set } = useInboxParams();
  const isOffice = user?.role === 'office';
  const { data: jurisdiction } = useJurisdiction(code);
  const departments = useJurisdictionDepartments(code);
  const reports = useReportList({ jurisdictionCode: code, ...filter }, isOffice);
  const keyword = q.trim();
  const rows = useMemo(
    () =>
      (reports.data?.items ?? []).filter(
        (r) => !keyword || r.taskCode === keyword || r.taskTitle.includes(keyword),
      ),
    [reports.data, keyword],
  );

  if (!isOffice || !code) {
    return (
      <NotFoundState title="报告审核仅供营商办使用" description="请从左侧菜单进入本角色的页面。" />
    );
  }

  const inbox = (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap className="inbox-filters">
        <PeriodSelect allowAll value={filter.period} onChange={(period) => set({ period })} />
        <Select
          aria-label="报告状态"
          style={{ width: 150 }}
          value={filter.status ?? 'all'}
          onChange={(status: string) =>
            set({ status: status === 'submitted' ? undefined : status })
          }
          options={[
            { value: 'submitted', label: '待审核' },
            ...REVIEWABLE.filter((s) => s !== 'submitted').map((s) => ({
              value: s,
              label: REPORT_STATE_LABELS[s],
            })),
            { value: 'all', label: '全部状态' },
          ]}
        />
        <Select
          aria-label="填报部门"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部部门"
          style={{ width: 220 }}
          value={filter.departmentId}
          onChange={(id?: number) => set({ department: id === undefined ? undefined : String(id) })}
          options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
        <Input.Search
          allowClear
          placeholder="任务编号或标题"
          aria-label="搜索任务"
          style={{ width: 220 }}
          defaultValue={q}
          onSearch={(value) => set({ q: value.trim() || undefined })}
        />
      </Flex>
      <ReportInboxTable
        reports={rows}
        loading={reports.isFetching && !reports.data}
        onOpen={(id) => set({ report: String(id) })}
      />
    </Flex>
  );

  return (
    <Flex vertical gap={16}>
      <title>{pageTitle('报告审核')}</title>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          报告审核
        </Typography.Title>
        <Typography.Text type="secondary">
          {jurisdiction?.name ?? ''}各部门的月度进展报告：审核待审报告，查看按时、逾期和未报送情况。
        </Typography.Text>
      </div>
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={(key) => set({ tab: key === 'status' ? 'status' : undefined })}
          items={[
            { key: 'inbox', label: '待审核报告', children: inbox },
            {
              key: 'status',
              label: '报送情况',
              children: (
                <Flex vertical gap={12}>
                  <PeriodSelect value={statusPeriod} onChange={(period) => set({ period })} />
                  <StatusTab code={code} period={statusPeriod} />
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <ReportReviewDrawer reportId={openId} canReview onClose={() => set({ report: undefined })} />
    </Flex>
  );
}
