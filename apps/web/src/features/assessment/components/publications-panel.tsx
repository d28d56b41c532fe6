import { Button, Empty, Flex, List, Typography } from 'antd';
import { useState } from 'react';
import { QueryState } from '@/components/query-state';
import {
  assessmentPublicationExportUrl,
  useAssessmentPublication,
} from '../api/get-assessment-publication';
import { useAssessmentPublications } from '../api/get-assessment-publications';
import { ResultsTable } from './results-table';

/** The year's published versions, newest first; each opens as it was published. */
export function PublicationsPanel({ code, year }: { code: string; year: number }) {
  const publications = useAssessmentPublications(code, year);
  const [chosen, setChosen] = useState<number | null>(null);
  const publication = useAssessmentPublication(code, year, chosen);

  return (
    <QueryState query={publications} loadingText="正在加载发布记录…">
      {(list) =>
        list.length === 0 ? (
          <Empty description="本年度考核结果尚未发布" />
        ) : (
          <Flex vertical gap={16}>
            <List
              size="small"
              bordered
              dataSource={list}
              renderItem={(item, index) => (
                <List.Item
                  actions={[
                    <Button
                      key="view"
                      type="link"
                      onClick={() => setChosen(item.publicationVersion)}
                    >
                      查看
                    </Button>,
                    <a
                      key="export"
                      href={assessmentPublicationExportUrl(code, year, item.publicationVersion)}
                    >
                      导出 Excel
                    </a>,
                  ]}
                >
                  第{item.publicationVersion}版{index === 0 ? '（现行）' : ''} · {item.publishedBy}{' '}
                  ·{' '}
                  {new Date(item.publishedAt).toLocaleString('zh-CN', {
                    timeZone: 'Asia/Shanghai',
                  })}{' '}
                  · {item.departmentCount} 个部门
                </List.Item>
              )}
            />
            {chosen !== null && (
              <QueryState query={publication} loadingText="正在加载…">
                {(table) => (
                  <Flex vertical gap={8}>
                    <Typography.Text type="secondary">
                      第{table.publicationVersion}版，统计截至 {table.asOf}，发布后不随规则变化。
                    </Typography.Text>
                    <ResultsTable table={table} />
                  </Flex>
                )}
              </QueryState>
            )}
          </Flex>
        )
      }
    </QueryState>
  );
}
