import { UploadOutlined } from '@ant-design/icons';
import type { AttachmentResponse } from '@bizenv/shared';
import { Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { errorMessage } from '@/lib/api-client';
import { apiUpload } from '@/lib/api-upload';

/** What the API accepts (it checks the content again): PDF, .docx, .xlsx, JPG, PNG. */
const ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';

export function uploadAttachment(
  file: File,
  onProgress?: (percent: number) => void,
): Promise<AttachmentResponse> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiUpload<AttachmentResponse>('/attachments', form, { onProgress });
}

interface EvidenceUploadProps {
  /** The uploaded files (a Form.Item control: value / onChange). */
  value?: AttachmentResponse[];
  onChange?: (value: AttachmentResponse[]) => void;
  max?: number;
  disabled?: boolean;
}

/**
 * Evidence files (佐证材料): each file is uploaded at once (POST /api/attachments) with progress;
 * the value is the list of stored attachments, whose ids the form then sends with its record.
 * A failed upload stays in the list with the server's Chinese reason until removed.
 */
export function EvidenceUpload({ value = [], onChange, max = 10, disabled }: EvidenceUploadProps) {
  const [files, setFiles] = useState<UploadFile<AttachmentResponse>[]>(() =>
    value.map((attachment) => ({
      uid: attachment.id,
      name: attachment.originalName,
      status: 'done',
      response: attachment,
      url: attachment.downloadUrl,
    })),
  );

  const update = (next: UploadFile<AttachmentResponse>[]) => {
    setFiles(next);
    onChange?.(
      next.flatMap((file) => (file.status === 'done' && file.response ? [file.response] : [])),
    );
  };

  return (
    <Upload<AttachmentResponse>
      accept={ACCEPT}
      multiple
      maxCount={max}
      disabled={disabled}
      fileList={files}
      onChange={({ fileList }) =>
        update(
          fileList.map((file) =>
            file.status === 'done' && file.response
              ? { ...file, url: file.response.downloadUrl }
              : file,
          ),
        )
      }
      customRequest={({ file, onProgress, onSuccess, onError }) => {
        uploadAttachment(file as File, (percent) => onProgress?.({ percent }))
          .then((attachment) => onSuccess?.(attachment))
          // The list shows the error's message on the failed file: the server's Chinese reason.
          .catch((error: unknown) => onError?.(new Error(errorMessage(error))));
      }}
      showUploadList={{ showDownloadIcon: false }}
    >
      <Button icon={<UploadOutlined />} disabled={disabled || files.length >= max}>
        上传佐证材料
      </Button>
    </Upload>
  );
}

/** The ids a request sends for the uploaded files. */
export const attachmentIds = (attachments: AttachmentResponse[] | undefined): string[] =>
  (attachments ?? []).map((attachment) => attachment.id);
