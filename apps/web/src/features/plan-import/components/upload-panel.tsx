import { InboxOutlined } from '@ant-design/icons';
import type { PlanImportDraftResponse } from '@bizenv/shared';
import { Alert, Button, Card, Input, Progress, Space, Tabs, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '@/lib/api-client';
import { useCreatePlanImport, type PlanImportSource } from '../api/create-plan-import';
import { rememberDraft } from '../lib/recent-drafts';

const ACCEPT = '.docx,.txt,.md';

/** Upload a plan document (drag or pick) or paste its text; the parsed draft opens for review. */
export function UploadPanel({ code }: { code: string }) {
  const navigate = useNavigate();
  const create = useCreatePlanImport(code);
  const [progress, setProgress] = useState<number | null>(null);
  const [text, setText] = useState('');

  const start = (source: PlanImportSource, label: string) => {
    create.mutate(source, {
      onSuccess: (draft: PlanImportDraftResponse) => {
        rememberDraft(code, {
          id: draft.id,
          label: draft.plans[0]?.title ?? label,
          createdAt: draft.createdAt,
        });
        void navigate(`/j/${code}/imports/${draft.id}`);
      },
      onSettled: () => setProgress(null),
    });
  };

  const upload = (file: File) => {
    setProgress(0);
    start({ kind: 'file', file, onProgress: setProgress }, file.name);
    return false;
  };

  return (
    <Card title="导入方案文件">
      {create.isError && (
        <Alert
          type="error"
          showIcon
          title={errorMessage(create.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Tabs
        items={[
          {
            key: 'file',
            label: '上传文件',
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Upload.Dragger
                  accept={ACCEPT}
                  multiple={false}
                  showUploadList={false}
                  beforeUpload={upload}
                  disabled={create.isPending}
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p className="ant-upload-text">将方案文件拖到此处，或点击选择文件</p>
                  <p className="ant-upload-hint">
                    支持 .docx、.txt、.md；解析后先保存为草稿，审核确认后才写入方案
                  </p>
                </Upload.Dragger>
                {progress !== null && <Progress percent={progress} aria-label="上传进度" />}
              </Space>
            ),
          },
          {
            key: 'text',
            label: '粘贴文本',
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Input.TextArea
                  aria-label="方案全文"
                  placeholder="将方案全文粘贴到此处"
                  autoSize={{ minRows: 8, maxRows: 20 }}
                  value={text}
                  onChange={(event) => setText(event.target.value)}
                />
                <Button
                  type="primary"
                  disabled={text.trim() === ''}
                  loading={create.isPending}
                  onClick={() => start({ kind: 'text', text }, '粘贴的方案')}
                >
                  解析文本
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
