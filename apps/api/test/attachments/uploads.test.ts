import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ApiErrorBody, AttachmentResponse } from '@bizenv/shared';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { AttachmentEntity } from '../../src/attachments/attachment.entity.js';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import {
  docxBytes,
  exeBytes,
  htmlBytes,
  jpegBytes,
  lyingDocx,
  pdfBytes,
  pngBytes,
  svgBytes,
  xlsxBytes,
  zipBombDocx,
} from './file-fixtures.js';
import { downloadBytes, upload } from './upload-client.js';

/** Uploads with a 1 MB limit, so the size refusal needs no big file. */
describe('evidence uploads', () => {
  const context = useRunningApp({ maxUploadMb: 1 });
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  const fgj = useSignedIn(context, 'linyou.fgj');
  const viewer = useSignedIn(context, 'baoji.viewer');

  const send = <T = AttachmentResponse>(bytes: Buffer, name: string, type?: string) =>
    upload<T>(context.api.baseUrl, xzsp, bytes, name, type);

  /** Rows in `attachment` and files under DATA_DIR/attachments (temporary ones included). */
  const stored = async () => {
    const root = path.join(context.api.config.dataDir, 'attachments');
    const files = (await readdir(root).catch(() => [])).filter((name) => name !== 'tmp');
    const temporary = await readdir(path.join(root, 'tmp')).catch(() => []);
    const rows = await context.api.app.get(DataSource).getRepository(AttachmentEntity).count();
    return { rows, files: files.length, temporary: temporary.length };
  };

  it('stores a PDF under a random id with its checksum, and gives it back to the uploader', async () => {
    const bytes = pdfBytes(2000);
    const uploaded = await send(bytes, '企业开办进展（7月）.pdf', 'text/html');

    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      originalName: '企业开办进展（7月）.pdf',
      // The client claimed text/html: the content decides.
      mediaType: 'application/pdf',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      uploadedByUserId: xzsp.user.id,
      linked: false,
    });
    expect(uploaded.body.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(await stored()).toEqual({ rows: 1, files: 1, temporary: 0 });

    const file = await downloadBytes(context.api.baseUrl, xzsp, uploaded.body.downloadUrl);
    expect(file.status).toBe(200);
    expect(file.bytes.equals(bytes)).toBe(true);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('cache-control')).toBe('no-store');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="attachment.pdf"; filename*=UTF-8''${encodeURIComponent('企业开办进展（7月）.pdf')}`,
    );

    // Until it is linked, the file is the uploader's alone.
    expect((await fgj.get(`/api/attachments/${uploaded.body.id}`)).status).toBe(404);
    expect((await downloadBytes(context.api.baseUrl, fgj, uploaded.body.downloadUrl)).status).toBe(
      404,
    );
  });

  it('accepts Word, Excel, PNG and JPEG by content, fixing a misleading extension', async () => {
    const docx = await send(docxBytes(), '工作台账.docx');
    expect(docx.body.mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const xlsx = await send(xlsxBytes(), '台账.xlsx');
    expect(xlsx.body.mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const jpeg = await send(jpegBytes(), '现场照片.jpeg');
    expect(jpeg.body).toMatchObject({ mediaType: 'image/jpeg', originalName: '现场照片.jpeg' });
    const png = await send(pngBytes(), 'scan.pdf');
    expect(png.body).toMatchObject({ mediaType: 'image/png', originalName: 'scan.pdf.png' });
  });

  it('refuses other content, oversize files and path names, and stores nothing for them', async () => {
    const before = await stored();
    const refusals: [Buffer, string, number, string][] = [
      [exeBytes(), '工作报告.pdf', 415, 'ATTACHMENT_TYPE_NOT_ALLOWED'],
      [htmlBytes(), 'report.pdf', 415, 'ATTACHMENT_TYPE_NOT_ALLOWED'],
      [svgBytes(), 'chart.png', 415, 'ATTACHMENT_TYPE_NOT_ALLOWED'],
      [zipBombDocx(), '台账.docx', 415, 'ATTACHMENT_TYPE_NOT_ALLOWED'],
      [lyingDocx(), '台账.docx', 415, 'ATTACHMENT_TYPE_NOT_ALLOWED'],
      [pdfBytes(1024 * 1024 + 1), 'big.pdf', 413, 'ATTACHMENT_TOO_LARGE'],
      [pdfBytes(), '../../etc/passwd.pdf', 400, 'ATTACHMENT_NAME_INVALID'],
      [pdfBytes(), '..\\..\\boot.pdf', 400, 'ATTACHMENT_NAME_INVALID'],
    ];
    for (const [bytes, name, status, code] of refusals) {
      const refused = await send<ApiErrorBody>(bytes, name);
      expect([name, refused.status, refused.body.code]).toEqual([name, status, code]);
      expect(refused.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await stored()).toEqual(before);
  });

  it('takes one file per request, and keeps nothing of a request with two', async () => {
    const before = await stored();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(pdfBytes())]), 'a.pdf');
    form.append('file', new Blob([new Uint8Array(pdfBytes())]), 'b.pdf');
    const response = await fetch(`${context.api.baseUrl}/api/attachments`, {
      method: 'POST',
      headers: { cookie: xzsp.cookie, 'x-csrf-token': xzsp.csrfToken },
      body: form,
    });
    const body = (await response.json()) as ApiErrorBody;

    expect(response.status).toBe(400);
    expect(body.code).toBe('ATTACHMENT_REQUIRED');
    expect(await stored()).toEqual(before);
  });

  it('says how large a file may be', async () => {
    const refused = await send<ApiErrorBody>(pdfBytes(2 * 1024 * 1024), 'big.pdf');
    expect(refused.status).toBe(413);
    expect(refused.body.message).toContain('1 MB');
  });

  it('needs a file in a multipart form, from a role that reports', async () => {
    const empty = await xzsp.post<ApiErrorBody>('/api/attachments', { file: 'x' });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('ATTACHMENT_REQUIRED');

    const byViewer = await upload<ApiErrorBody>(context.api.baseUrl, viewer, pdfBytes(), 'a.pdf');
    expect(byViewer.status).toBe(403);

    const badId = await xzsp.get<ApiErrorBody>('/api/attachments/not-a-uuid');
    expect(badId.status).toBe(400);
    const unknown = await xzsp.get<ApiErrorBody>(
      '/api/attachments/3f2b8c1e-9a4d-4c3b-8e2f-1a2b3c4d5e6f',
    );
    expect(unknown.status).toBe(404);
  });
});
