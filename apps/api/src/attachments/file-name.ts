import type { DetectedFileType } from './file-type.js';

/** Longest stored name, in characters (Chinese names stay readable; file systems allow 255 bytes). */
const MAX_NAME_LENGTH = 120;

/**
 * The name to keep for an uploaded file, or null when the client sent one we refuse: a path
 * ("../../x.pdf", "C:\\x.pdf"), "." or "..", or control characters. Browsers send a bare file
 * name, so a path is a crafted request. The name is only ever shown and offered as the
 * download's file name — the file is stored under a random UUID — but it is kept clean anyway:
 * Windows-reserved characters become "_", Chinese stays, and the extension is made to match
 * the detected type ("report.exe" holding a PDF is kept as "report.exe.pdf").
 */
export function sanitizeFileName(raw: string, type: DetectedFileType): string | null {
  const name = raw.normalize('NFC').trim();
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f\u007f]/.test(name) || name === '.' || name === '..') return null;
  let cleaned = name.replace(/[<>:"|?*]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : '';
  if (!type.extensions.includes(extension)) cleaned = `${cleaned || '附件'}.${type.extension}`;
  if ([...cleaned].length > MAX_NAME_LENGTH) {
    const suffix = `.${type.extension}`;
    const base = [...cleaned.slice(0, cleaned.lastIndexOf('.'))].slice(
      0,
      MAX_NAME_LENGTH - suffix.length,
    );
    cleaned = base.join('') + suffix;
  }
  return cleaned;
}

/** RFC 6266 / 5987 Content-Disposition for a download, with an ASCII fallback for old clients. */
export function contentDisposition(fileName: string, extension: string): string {
  const asciiFallback =
    /^[\x20-\x7e]+$/.test(fileName) && !/["\\%]/.test(fileName)
      ? fileName
      : `attachment.${extension}`;
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeRFC5987(fileName)}`;
}

function encodeRFC5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
