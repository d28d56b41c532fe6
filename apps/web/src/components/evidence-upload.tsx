import type { AttachmentResponse } from '@bizenv/shared';
import { CloseOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Progress, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '@/lib/api-client';
import { EVIDENCE_ACCEPT, evidenceFileProblem, formatFileSize } from '@/lib/evidence-files';
import { uploadAttachment } from '@/lib/upload-attachment';
import { EvidenceList } from './evidence-list';
import './evidence.css';

interface PendingUpload {
  key: string;
  name: string;
  size: number;
  percent: number;
  error: string | null;
  abort: AbortController;
}

interface EvidenceUploadProps {
  /** The uploaded files the record will list (a Form.Item control: value / onChange). */
  value?: AttachmentResponse[];
  onChange?: (value: AttachmentResponse[]) => void;
  /** True while any file is still on its way: the form waits before saving. */
  onBusyChange?: (busy: boolean) => void;
}

let nextKey = 0;

/**
 * Evidence files (佐证材料) of a report, a problem or a closure request: each picked file is
 * checked, then uploaded on its own (POST /api/attachments) with a progress bar; the server's
 * refusal (type detected from content, size) is shown under the file as it words it. The value is
 * the list of stored attachments, whose ids the form then sends with its record.
 */
export function EvidenceUpload({ value = [], onChange, onBusyChange }: EvidenceUploadProps) {
  const [pending, setPending] = useState<PendingUpload[]>([]);
  // Uploads finish one after another between renders: add each to the latest list, not a stale one.
  const latest = useRef(value);
  latest.current = value;

  const busy = pending.some((upload) => upload.error === null);
  useEffect(() => onBusyChange?.(busy), [busy, onBusyChange]);

  const update = (key: string, change: Partial<PendingUpload>) =>
    setPending((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));
  const drop = (key: string) => setPending((list) => list.filter((u) => u.key !== key));

  const start = (file: File) => {
    const key = `upload-${(nextKey += 1)}`;
    const problem = evidenceFileProblem(file);
    const abort = new AbortController();
    setPending((list) => [
      ...list,
      { key, name: file.name, size: file.size, percent: 0, error: problem, abort },
    ]);
    if (problem) return;
    uploadAttachment(file, {
      signal: abort.signal,
      onProgress: (percent) => update(key, { percent }),
    }).then(
      (attachment) => {
        const next = [...latest.current, attachment];
        latest.current = next;
        onChange?.(next);
        drop(key);
      },
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') drop(key);
        else update(key, { error: errorMessage(error) });
      },
    );
  };

  return (
    <div className="evidence-uploader">
      {(value.length > 0 || pending.length === 0) && (
        <EvidenceList
          attachments={value}
          emptyText="尚未上传佐证材料"
          onRemove={(id) => onChange?.(value.filter((a) => a.id !== id))}
        />
      )}
      {pending.length > 0 && (
        <ul className="evidence-list evidence-list--pending">
          {pending.map((upload) => (
            <li key={upload.key} className="evidence-item evidence-item--pending">
              <div className="evidence-item__main">
                <span className="evidence-item__name" title={upload.name}>
                  {upload.name}
                </span>
                <span className="evidence-item__size">{formatFileSize(upload.size)}</span>
                {upload.error === null ? (
                  <Progress
                    percent={upload.percent}
                    size="small"
                    status="active"
                    aria-label={`${upload.name} 上传进度`}
                  />
                ) : (
                  <Typography.Text type="danger" role="alert" className="evidence-item__error">
                    {upload.error}
                  </Typography.Text>
                )}
              </div>
              <Button
                type="text"
                size="small"
                icon={<CloseOutlined />}
                aria-label={
                  upload.error === null ? `取消上传 ${upload.name}` : `关闭 ${upload.name}`
                }
                onClick={() => (upload.error === null ? upload.abort.abort() : drop(upload.key))}
              />
            </li>
          ))}
        </ul>
      )}
      <Upload
        multiple
        accept={EVIDENCE_ACCEPT}
        showUploadList={false}
        // Every file goes through start(): checked, then sent with its own progress.
        beforeUpload={(file) => {
          start(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <Button icon={<UploadOutlined />}>上传佐证材料</Button>
      </Upload>
      <Typography.Text type="secondary" className="evidence-uploader__hint">
        支持 PDF、Word（.docx）、Excel（.xlsx）、JPG、PNG，单个文件不超过 20 MB
      </Typography.Text>
    </div>
  );
}

/** The ids a request sends for the uploaded files. */
export const attachmentIds = (attachments: AttachmentResponse[] | undefined): string[] =>
  (attachments ?? []).map((attachment) => attachment.id);
