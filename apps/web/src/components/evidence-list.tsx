import type { AttachmentResponse } from '@bizenv/shared';
import { DeleteOutlined, DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { formatFileSize } from '@/lib/evidence-files';
import './evidence.css';

interface EvidenceListProps {
  attachments: AttachmentResponse[];
  onRemove?: (id: string) => void;
  emptyText?: string;
}

/** Evidence files with their size and a download link (the server sends them as attachments). */
export function EvidenceList({ attachments, onRemove, emptyText = '无' }: EvidenceListProps) {
  if (attachments.length === 0)
    return <Typography.Text type="secondary">{emptyText}</Typography.Text>;
  return (
    <ul className="evidence-list">
      {attachments.map((attachment) => (
        <li key={attachment.id} className="evidence-item">
          <PaperClipOutlined className="evidence-item__icon" />
          <a
            className="evidence-item__name"
            href={attachment.downloadUrl}
            download={attachment.originalName}
            title={`下载 ${attachment.originalName}`}
          >
            {attachment.originalName}
          </a>
          <span className="evidence-item__size">{formatFileSize(attachment.size)}</span>
          <Button
            type="text"
            size="small"
            icon={<DownloadOutlined />}
            href={attachment.downloadUrl}
            aria-label={`下载 ${attachment.originalName}`}
          />
          {onRemove && (
            <Button
              type="text"
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={`移除 ${attachment.originalName}`}
              onClick={() => onRemove(attachment.id)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
