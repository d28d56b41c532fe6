import type { SignedInClient } from '../support/auth.js';
import type { HttpResult } from '../support/test-app.js';

/** POST /api/attachments as a browser form would: one file field, session cookie and CSRF header. */
export async function upload<T>(
  baseUrl: string,
  client: SignedInClient,
  bytes: Buffer,
  fileName: string,
  clientType = 'application/octet-stream',
): Promise<HttpResult<T>> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: clientType }), fileName);
  const response = await fetch(`${baseUrl}/api/attachments`, {
    method: 'POST',
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken },
    body: form,
  });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.includes('application/json');
  return {
    status: response.status,
    headers: response.headers,
    body: (isJson ? JSON.parse(text) : text) as T,
  };
}

/** GET with the session cookie, keeping the body as bytes. */
export async function downloadBytes(
  baseUrl: string,
  client: SignedInClient,
  pathname: string,
): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(baseUrl + pathname, { headers: { cookie: client.cookie } });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}
