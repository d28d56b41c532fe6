import { networkError, parseJson, requestHeaders, settle } from './api-client';

export interface UploadOptions {
  /** Called as bytes leave the browser, with the share sent so far (0–100). */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/**
 * POSTs multipart form data to the API with upload progress. fetch() reports no upload progress,
 * so this uses XMLHttpRequest; errors, the CSRF header and the session handling are the same as
 * for every other request (see api-client).
 */
export function apiUpload<T>(
  path: string,
  form: FormData,
  options: UploadOptions = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    for (const [name, value] of Object.entries(requestHeaders('POST', false))) {
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        options.onProgress?.(Math.min(100, Math.round((event.loaded / event.total) * 100)));
      }
    };
    xhr.onload = () => {
      let parsed: { ok: true; body: unknown } | { ok: false };
      try {
        parsed = { ok: true, body: parseJson(xhr.responseText) };
      } catch {
        parsed = { ok: false };
      }
      try {
        resolve(settle<T>(xhr.status, parsed));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(new DOMException('上传已取消', 'AbortError'));
    if (options.signal) {
      if (options.signal.aborted) {
        reject(new DOMException('上传已取消', 'AbortError'));
        return;
      }
      options.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(form);
  });
}
