import type { BulkProgressCellError, BulkProgressResponse } from '@bizenv/shared';
import { Alert, Modal, Spin, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '@/lib/api-client';
import { useImportBulkProgress } from '../api/import-bulk-progress';

/** Previews an uploaded period workbook (dry run): the counts and every bad cell; then saves. */
export function BulkProgressDialog({
  period,
  file,
  onClose,
}: {
  period: string;
  file: File;
  onClose: () => void;
}) {
  const preview = useImportBulkProgress(period);
  const apply = useImportBulkProgress(period);
  const [result, setResult] = useState<BulkProgressResponse | null>(null);
  const { mutate } = preview;

  useEffect(() => {
    mutate({ file, dryRun: true }, { onSuccess: setResult });
  }, [file, mutate]);

  const writes = result ? result.created + result.updated : 0;
  const canApply = result !== null && result.errors.length === 0 && writes > 0;
  return (
    <Modal
      open
      title={`上传本期报表：${file.name}`}
      width={900}
      okText="确认保存为草稿"
      cancelText={apply.isSuccess ? '关闭' : '取消'}
      okButtonProps={{ disabled: !canApply || apply.isSuccess, loading: apply.isPending }}
      onOk={() => apply.mutate({ file, dryRun: false })}
      onCancel={onClose}
    >
      {preview.isPending && <Spin tip="正在检查报表…" />}
      {preview.isError && <Alert type="error" showIcon message={errorMessage(preview.error)} />}
      {apply.isError && <Alert type="error" showIcon message={errorMessage(apply.error)} />}
      {apply.isSuccess && (
        <Alert
          type="success"
          showIcon
          message={`已保存草稿：新建 ${apply.data.created} 份，更新 ${apply.data.updated} 份`}
          description="请逐一打开报告，上传佐证材料后报送。"
        />
      )}
      {result && !apply.isSuccess && <PreviewBody result={result} />}
    </Modal>
  );
}

function PreviewBody({ result }: { result: BulkProgressResponse }) {
  return (
    <>
      <Typography.Paragraph>
        将新建 {result.created} 份报告草稿，更新 {result.updated} 份，{result.unchanged} 行无变化。
      </Typography.Paragraph>
      {result.errors.length > 0 && (
        <>
          <Alert
            type="error"
            showIcon
            message={`发现 ${result.errors.length} 处错误，修改后重新上传；有错误时不会保存任何报告`}
          />
          <Table<BulkProgressCellError>
            size="small"
            rowKey={(e) => `${e.row}-${e.column}-${e.code}`}
            dataSource={result.errors}
            pagination={false}
            columns={[
              { title: '行', dataIndex: 'row', width: 60 },
              { title: '列', dataIndex: 'column', width: 180 },
              { title: '错误', dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </>
  );
}
