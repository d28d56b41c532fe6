import type { AssessmentBreakdownLine } from '@bizenv/shared';
import { Table } from 'antd';
import { formatPoints } from './points';

/** Every line a department's score is made of; the lines add up to the score. */
export function BreakdownTable({
  lines,
  score,
}: {
  lines: AssessmentBreakdownLine[];
  score: number;
}) {
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="kind"
      dataSource={lines}
      aria-label="得分明细"
      columns={[
        { title: '项目', dataIndex: 'label' },
        { title: '数量', dataIndex: 'count', align: 'right' },
        {
          title: '每项分值',
          dataIndex: 'pointsEach',
          align: 'right',
          render: (value: number) => formatPoints(value),
        },
        {
          title: '得分',
          dataIndex: 'points',
          align: 'right',
          render: (value: number) => formatPoints(value),
        },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={3}>
            合计
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <strong>{score}</strong>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
