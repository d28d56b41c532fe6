import type { AssessmentTable, DepartmentAssessmentScore } from '@bizenv/shared';
import { Table } from 'antd';
import { BreakdownTable } from './breakdown-table';

/** Departments by rank; each row expands into the breakdown of its score. */
export function ResultsTable({ table }: { table: AssessmentTable }) {
  return (
    <Table<DepartmentAssessmentScore>
      size="small"
      rowKey="departmentId"
      dataSource={table.departments}
      pagination={false}
      aria-label="考核排名"
      expandable={{
        expandedRowRender: (row) => <BreakdownTable lines={row.lines} score={row.score} />,
      }}
      columns={[
        { title: '排名', dataIndex: 'rank', width: 80, sorter: (a, b) => a.rank - b.rank },
        { title: '部门', dataIndex: 'departmentName' },
        {
          title: '得分',
          dataIndex: 'score',
          align: 'right',
          width: 120,
          sorter: (a, b) => a.score - b.score,
        },
      ]}
    />
  );
}
