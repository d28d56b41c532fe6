/**
 * What the evidence upload accepts, checked in the browser before sending so that a wrong file
 * fails at once; the server checks the content again and its refusal is shown as it words it.
 */
export const EVIDENCE_EXTENSIONS = ['.pdf', '.docx', '.xlsx', '.jpg', '.jpeg', '.png'] as const;
export const EVIDENCE_ACCEPT = EVIDENCE_EXTENSIONS.join(',');
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

/** The Chinese reason a file cannot be uploaded, or null when it may be. */
export function evidenceFileProblem(file: { name: string; size: number }): string | null {
  const name = file.name.toLowerCase();
  if (!EVIDENCE_EXTENSIONS.some((extension) => name.endsWith(extension))) {
    return `“${file.name}”的类型不支持：只能上传 PDF、Word（.docx）、Excel（.xlsx）、JPG 或 PNG 文件`;
  }
  if (file.size > MAX_EVIDENCE_BYTES) {
    return `“${file.name}”超过 20 MB，请压缩或拆分后再上传`;
  }
  if (file.size === 0) return `“${file.name}”是空文件`;
  return null;
}

/** 1536 → "1.5 KB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
