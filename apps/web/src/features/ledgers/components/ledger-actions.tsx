import type { SessionUser } from '@bizenv/shared';
import { Button, Space, Upload } from 'antd';
import { useState } from 'react';
import { LEDGER_TEMPLATE_URL, ledgerExportUrl } from '../api/ledger-urls';
import { LedgerImportDialog } from './ledger-import-dialog';

const EXPORTERS: SessionUser['role'][] = ['office', 'leader', 'city_viewer'];

/** 下载台账 / 下载模板 / 导入台账 on a plan's page, as the user's role allows. */
export function LedgerActions({
  planId,
  jurisdictionCode,
  user,
}: {
  planId: number;
  jurisdictionCode: string;
  user: SessionUser | undefined;
}) {
  const [file, setFile] = useState<File | null>(null);
  if (!user || !EXPORTERS.includes(user.role)) return null;
  const isOffice = user.role === 'office';
  const canImport = isOffice && user.jurisdictionCode === jurisdictionCode;
  return (
    <Space wrap>
      <Button href={ledgerExportUrl(planId)}>下载台账</Button>
      {isOffice && <Button href={LEDGER_TEMPLATE_URL}>下载模板</Button>}
      {canImport && (
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(chosen) => {
            setFile(chosen);
            return false;
          }}
        >
          <Button type="primary">导入台账</Button>
        </Upload>
      )}
      {file && <LedgerImportDialog planId={planId} file={file} onClose={() => setFile(null)} />}
    </Space>
  );
}
