import type { ApiErrorBody, AttachmentResponse, ReportDetailResponse } from '@bizenv/shared';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { AttachmentCleanupService } from '../../src/attachments/attachment-cleanup.service.js';
import { AttachmentEntity } from '../../src/attachments/attachment.entity.js';
import { Clock } from '../../src/common/clock.js';
import { freezeChinaTime, linyouTask } from '../reports/reporting-fixtures.js';
import { type SignedInClient, useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { docxBytes, pdfBytes } from './file-fixtures.js';
import { downloadBytes, upload } from './upload-client.js';

/** Evidence linked to 麟游 task "1"'s report (lead: linyou.xzsp). */
describe('report evidence', () => {
  const context = useRunningApp();
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  const fgj = useSignedIn(context, 'linyou.fgj');
  const office = useSignedIn(context, 'linyou.office');
  const leader = useSignedIn(context, 'linyou.leader');
  const city = useSignedIn(context, 'baoji.office');
  const otherCounty = useSignedIn(context, 'meixian.office');
  let taskId: number;
  let report: ReportDetailResponse;
  let evidence: AttachmentResponse;

  beforeAll(async () => {
    freezeChinaTime(context.api, '2025-07-10T10:00');
    taskId = (await linyouTask(office, '1')).id;
  });

  const uploadAs = async (client: SignedInClient, name: string, bytes = pdfBytes()) => {
    const result = await upload<AttachmentResponse>(context.api.baseUrl, client, bytes, name);
    expect(result.status).toBe(201);
    return result.body;
  };
  const canDownload = async (client: SignedInClient, attachment: AttachmentResponse) =>
    (await downloadBytes(context.api.baseUrl, client, attachment.downloadUrl)).status;

  it('links the department’s uploads to its report in the save', async () => {
    evidence = await uploadAs(xzsp, '营业执照办理记录.pdf');
    const saved = await xzsp.put<ReportDetailResponse>(`/api/tasks/${taskId}/reports/2025-07`, {
      workDone: '企业开办一网通办',
      completionPercent: 50,
      attachmentIds: [evidence.id],
    });

    expect(saved.status).toBe(200);
    expect(saved.body.attachments).toEqual([{ ...evidence, linked: true }]);
    report = saved.body;
  });

  it('writes nothing when the save names an attachment that is not the caller’s own and unlinked', async () => {
    const someoneElses = await uploadAs(fgj, '发改局材料.pdf');
    const unknown = '3f2b8c1e-9a4d-4c3b-8e2f-1a2b3c4d5e6f';
    const mine = await uploadAs(xzsp, '补充材料.docx', docxBytes());
    for (const bad of [someoneElses.id, unknown]) {
      const refused = await xzsp.put<ApiErrorBody>(`/api/tasks/${taskId}/reports/2025-07`, {
        workDone: '改写后的进展',
        completionPercent: 90,
        attachmentIds: [evidence.id, mine.id, bad],
        version: report.version,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('ATTACHMENT_NOT_USABLE');
    }

    const unchanged = await xzsp.get<ReportDetailResponse>(`/api/reports/${report.id}`);
    expect(unchanged.body).toMatchObject({
      workDone: '企业开办一网通办',
      completionPercent: 50,
      version: report.version,
    });
    expect(unchanged.body.attachments.map((a) => a.id)).toEqual([evidence.id]);
    // The good file of the refused save is still the uploader's, unlinked.
    expect((await xzsp.get<AttachmentResponse>(`/api/attachments/${mine.id}`)).body.linked).toBe(
      false,
    );

    // A file already linked elsewhere cannot be taken over either.
    const june = await xzsp.put<ApiErrorBody>(`/api/tasks/${taskId}/reports/2025-06`, {
      workDone: '六月',
      attachmentIds: [evidence.id],
    });
    expect(june.body.code).toBe('ATTACHMENT_NOT_USABLE');
    expect((await xzsp.get<{ total: number }>('/api/reports?period=2025-06')).body.total).toBe(0);
  });

  it('lets the office see the files once the report is submitted, within the jurisdiction and the city', async () => {
    // A draft is the department's own: its files too.
    expect(await canDownload(office, evidence)).toBe(404);

    const submitted = await xzsp.post<ReportDetailResponse>(`/api/reports/${report.id}/submit`, {
      version: report.version,
    });
    expect(submitted.status).toBe(200);

    expect(await canDownload(xzsp, evidence)).toBe(200);
    expect(await canDownload(office, evidence)).toBe(200);
    expect(await canDownload(leader, evidence)).toBe(200);
    expect(await canDownload(city, evidence)).toBe(200);
    expect(
      (await office.get<AttachmentResponse>(`/api/attachments/${evidence.id}`)).body.linked,
    ).toBe(true);
    // Another county, and a department not on the task, do not even learn that it exists.
    expect(await canDownload(otherCounty, evidence)).toBe(404);
    expect(await canDownload(fgj, evidence)).toBe(404);
    expect((await fgj.get(`/api/attachments/${evidence.id}`)).status).toBe(404);
  });

  it('removes uploads nobody linked within a day, and keeps linked ones', async () => {
    const abandoned = await uploadAs(xzsp, '忘记关联.pdf');
    const clock = context.api.app.get(Clock);
    clock.advance(25 * 60 * 60 * 1000);

    const removed = await context.api.app.get(AttachmentCleanupService).sweep();

    expect(removed).toBeGreaterThanOrEqual(1);
    const rows = context.api.app.get(DataSource).getRepository(AttachmentEntity);
    expect(await rows.existsBy({ id: abandoned.id })).toBe(false);
    expect(await rows.existsBy({ id: evidence.id })).toBe(true);
    expect(await canDownload(xzsp, abandoned)).toBe(404);
    expect(await canDownload(office, evidence)).toBe(200);
  });
});
