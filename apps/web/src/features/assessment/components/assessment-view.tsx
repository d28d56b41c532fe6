import type { SessionUser } from '@bizenv/shared';
import { App, Button, Card, Flex, Popconfirm, Select, Tabs, Typography } from 'antd';
import { QueryState } from '@/components/query-state';
import { errorMessage } from '@/lib/api-client';
import { assessmentResultsExportUrl, useAssessmentResults } from '../api/get-assessment-results';
import { useAssessmentRules } from '../api/get-assessment-rules';
import { usePublishAssessment } from '../api/publish-assessment';
import { PublicationsPanel } from './publications-panel';
import { ResultsTable } from './results-table';
import { RulesForm } from './rules-form';

interface AssessmentViewProps {
  code: string;
  jurisdictionName: string;
  year: number;
  years: number[];
  onYearChange: (year: number) => void;
  user: SessionUser;
}

/** 年度考核: live results with their breakdown, the rules, and the published versions. */
export function AssessmentView({
  code,
  jurisdictionName,
  year,
  years,
  onYearChange,
  user,
}: AssessmentViewProps) {
  const { message } = App.useApp();
  const isOwnOffice = user.role === 'office' && user.jurisdictionCode === code;
  const results = useAssessmentResults(code, year);
  const rules = useAssessmentRules(code, year);
  const publish = usePublishAssessment(code, year);

  const publishNow = () =>
    publish.mutate(undefined, {
      onSuccess: (published) =>
        void message.success(`已发布第${published.publicationVersion}版考核结果`),
      onError: (error) => void message.error(errorMessage(error)),
    });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="end" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {jurisdictionName}年度考核
          </Typography.Title>
          <Typography.Text type="secondary">
            按考核规则计算各部门得分与排名，每一分都可展开查看明细。修改规则后实时结果立即重算，已发布的结果保持不变。
          </Typography.Text>
        </div>
        <Flex gap={8}>
          <Select
            aria-label="考核年度"
            value={year}
            onChange={onYearChange}
            options={years.map((value) => ({ value, label: `${value}年度` }))}
            style={{ width: 120 }}
          />
          <Button href={assessmentResultsExportUrl(code, year)}>导出 Excel</Button>
          {isOwnOffice && (
            <Popconfirm
              title="发布考核结果"
              description="按当前规则和数据发布一版考核结果，发布后不再随规则变化。"
              okText="发布"
              cancelText="取消"
              onConfirm={publishNow}
            >
              <Button type="primary" loading={publish.isPending}>
                发布结果
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
      <Card size="small">
        <Tabs
          items={[
            {
              key: 'results',
              label: '实时结果',
              children: (
                <QueryState query={results} loadingText="正在计算考核结果…">
                  {(table) => (
                    <Flex vertical gap={8}>
                      <Typography.Text type="secondary">
                        统计截至 {table.asOf}，
                        {table.rulesVersion === 0
                          ? '使用默认规则'
                          : `规则第${table.rulesVersion}版`}
                      </Typography.Text>
                      <ResultsTable table={table} />
                    </Flex>
                  )}
                </QueryState>
              ),
            },
            {
              key: 'rules',
              label: '考核规则',
              children: (
                <QueryState query={rules} loadingText="正在加载考核规则…">
                  {(current) => (
                    <RulesForm code={code} year={year} current={current} canEdit={isOwnOffice} />
                  )}
                </QueryState>
              ),
            },
            {
              key: 'published',
              label: '已发布',
              children: <PublicationsPanel code={code} year={year} />,
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
