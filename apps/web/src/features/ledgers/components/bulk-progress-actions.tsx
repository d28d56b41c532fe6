import { Button, Space, Upload } from 'antd';
import { useState } from 'react';
import { bulkProgressExportUrl } from '../api/bulk-progress-url';
import { BulkProgressDialog } from './bulk-progress-dialog';

/** 下载本期报表 / 上传本期报表 on the department workspace, for the period shown. */
export function BulkProgressActions({ period }: { period: string }) {
  const [file, setFile] = useState<File | null>(null);
  return (
    <Space wrap>
      <Button href={bulkProgressExportUrl(period)}>下载本期报表</Button>
      <Upload
        accept=".xlsx"
        showUploadList={false}
        beforeUpload={(chosen) => {
          setFile(chosen);
          return false;
        }}
      >
        <Button>上传本期报表</Button>
      </Upload>
      {file && <BulkProgressDialog period={period} file={file} onClose={() => setFile(null)} />}
    </Space>
  );
}
