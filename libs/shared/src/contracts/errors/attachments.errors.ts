import type { ErrorDefinition } from './error-definition.js';

/** Evidence files: upload checks, links and downloads. */
export const ATTACHMENTS_ERRORS = {
  ATTACHMENT_NOT_FOUND: { status: 404, message: '未找到该附件' },
  ATTACHMENT_REQUIRED: { status: 400, message: '请选择要上传的文件（每次一个）' },
  ATTACHMENT_TOO_LARGE: { status: 413, message: '文件过大' },
  ATTACHMENT_TYPE_NOT_ALLOWED: {
    status: 415,
    message: '只能上传 PDF、Word（.docx）、Excel（.xlsx）、JPG 或 PNG 文件',
  },
  ATTACHMENT_NAME_INVALID: {
    status: 400,
    message: '文件名不合法：不能包含路径（/ 或 \\）或控制字符',
  },
  ATTACHMENT_NOT_USABLE: {
    status: 400,
    message: '附件无效：只能使用本人上传且尚未关联的附件',
  },
} as const satisfies Record<string, ErrorDefinition>;
