import type { LedgerCellError, LedgerImportResponse, LedgerTaskChange } from '@bizenv/shared';
import { Alert, Modal, Spin, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '@/lib/api-client';
import { useImportLedger } from '../api/import-ledger';

const FIELD_LABELS: Record<string, string> = {
  title: '任务名称',
  body: '任务内容',
  status: '状态',
};

/** Previews an uploaded ledger (dry run): the changes and every bad cell; then confirms. */
export function LedgerImportDialog({
  planId,
  file,
  onClose,
}: {
  planId: number;
  file: File;
  onClose: () => void;
}) {
  const preview = useImportLedger(planId);
  const apply = useImportLedger(planId);
  const [result, setResult] = useState<LedgerImportResponse | null>(null);
  const { mutate } = preview;

  useEffect(() => {
    mutate({ file, dryRun: true }, { onSuccess: setResult });
  }, [file, mutate]);

  const canApply = result !== null && result.errors.length === 0 && result.updated > 0;
  return (
    <Modal
      open
      title={`导入台账：${file.name}`}
      width={900}
      okText="确认导入"
      cancelText={apply.isSuccess ? '关闭' : '取消'}
      okButtonProps={{ disabled: !canApply || apply.isSuccess, loading: apply.isPending }}
      onOk={() => apply.mutate({ file, dryRun: false })}
      onCancel={onClose}
    >
      {preview.isPending && <Spin tip="正在检查台账…" />}
      {preview.isError && <Alert type="error" showIcon message={errorMessage(preview.error)} />}
      {apply.isError && <Alert type="error" showIcon message={errorMessage(apply.error)} />}
      {apply.isSuccess && (
        <Alert type="success" showIcon message={`已导入，更新 ${apply.data.updated} 个任务`} />
      )}
      {result && !apply.isSuccess && <PreviewBody result={result} />}
    </Modal>
  );
}

function PreviewBody({ result }: { result: LedgerImportResponse }) {
  return (
    <>
      <Typography.Paragraph>
        将更新 {result.updated} 个任务，{result.unchanged} 个任务无变化。
      </Typography.Paragraph>
      {result.errors.length > 0 && (
        <>
          <Alert
            type="error"
            showIcon
            message={`发现 ${result.errors.length} 处错误，修改后重新导入；有错误时不会写入任何内容`}
          />
          <Table<LedgerCellError>
            size="small"
            rowKey={(e) => `${e.row}-${e.column}-${e.code}`}
            dataSource={result.errors}
            pagination={false}
            columns={[
              { title: '行', dataIndex: 'row', width: 60 },
              { title: '列', dataIndex: 'column', width: 140 },
              { title: '错误', dataIndex: 'message' },
            ]}
          />
        </>
      )}
      {result.changes.length > 0 && (
        <Table<LedgerTaskChange>
          size="small"
          rowKey="taskId"
          dataSource={result.changes}
          pagination={false}
          columns={[
            { title: '任务键', dataIndex: 'taskKey', width: 160 },
            {
              title: '变更',
              render: (_, change) =>
                change.changes.map((c) => (
                  <div key={c.field}>
                    {FIELD_LABELS[c.field]}：{c.before} → {c.after}
                  </div>
                )),
            },
          ]}
        />
      )}
    </>
  );
}
