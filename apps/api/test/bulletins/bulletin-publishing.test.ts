import type {
  ApiErrorBody,
  BulletinDetailResponse,
  ReportDetailResponse,
  TaskResponse,
} from '@bizenv/shared';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { freezeChinaTime, LINYOU, linyouTask } from '../reports/reporting-fixtures.js';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { docxParagraphs, download } from './bulletin-fixtures.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Publishing 麟游's July 2025 bulletin freezes its files and locks July's reports: the
 * department can no longer save or submit, the office no longer accept or return, until the
 * office unlocks July with a reason. A quarter bulletin locks its three months.
 */
describe('publishing a bulletin and the report locks', () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  const cityOffice = useSignedIn(context, 'baoji.office');
  let task1: TaskResponse;
  let task2: TaskResponse;
  let submittedReport: ReportDetailResponse;
  let published: BulletinDetailResponse;
  let publishedDocx: Buffer;
  let publishedXlsx: Buffer;

  const generate = (periodKind: 'month' | 'quarter', period: string) =>
    office.post<BulletinDetailResponse>(`/api/jurisdictions/${LINYOU}/bulletins`, {
      periodKind,
      period,
    });
  const file = async (id: number, kind: 'docx' | 'xlsx') =>
    (await download(context.api.baseUrl, office, `/api/bulletins/${id}/files/${kind}`)).bytes;
  const files = async (id: number): Promise<[Buffer, Buffer]> => [
    await file(id, 'docx'),
    await file(id, 'xlsx'),
  ];

  beforeAll(async () => {
    freezeChinaTime(context.api, '2025-07-10T10:00');
    task1 = await linyouTask(office, '1');
    task2 = await linyouTask(office, '2');
    // A July report awaiting review when the bulletin is published.
    const saved = await xzsp.put<ReportDetailResponse>(`/api/tasks/${task1.id}/reports/2025-07`, {
      workDone: '推进企业开办全程网办',
      completionPercent: 30,
      targetActuals: task1.targets.map((target) => ({ targetId: target.id, value: target.value })),
    });
    expect(saved.status).toBe(200);
    const submitted = await xzsp.post<ReportDetailResponse>(
      `/api/reports/${saved.body.id}/submit`,
      {
        version: saved.body.version,
      },
    );
    expect(submitted.status).toBe(200);
    submittedReport = submitted.body;
  });

  it('publishes: files frozen, July locked', async () => {
    freezeChinaTime(context.api, '2025-08-05T09:00');
    const draft = await generate('month', '2025-07');
    expect(draft.status).toBe(201);
    const answer = await office.post<BulletinDetailResponse>(
      `/api/bulletins/${draft.body.id}/publish`,
      { version: draft.body.version },
    );
    expect(answer.status).toBe(200);
    published = answer.body;
    expect(published).toMatchObject({
      status: 'published',
      publishedBy: { id: office.user.id },
      publishedAt: '2025-08-05T01:00:00.000Z',
      locks: [
        {
          period: '2025-07',
          bulletinId: published.id,
          lockedBy: { id: office.user.id },
          unlockedAt: null,
        },
      ],
    });
    [publishedDocx, publishedXlsx] = await files(published.id);
    expect(sha256(publishedDocx)).toBe(published.files[0]!.sha256);
    expect(sha256(publishedXlsx)).toBe(published.files[1]!.sha256);
  });

  it('refuses to publish twice or to regenerate a published bulletin', async () => {
    const again = await office.post<ApiErrorBody>(`/api/bulletins/${published.id}/publish`, {
      version: published.version,
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('BULLETIN_ALREADY_PUBLISHED');
    const regenerated = await generate('month', '2025-07');
    expect(regenerated.status).toBe(409);
    expect(regenerated.body).toMatchObject({ code: 'BULLETIN_ALREADY_PUBLISHED' });
  });

  it('refuses report writes for the locked month with REPORT_PERIOD_LOCKED', async () => {
    const save = await xzsp.put<ApiErrorBody>(`/api/tasks/${task2.id}/reports/2025-07`, {
      workDone: '补报七月进展',
    });
    expect(save.status).toBe(423);
    expect(save.body.code).toBe('REPORT_PERIOD_LOCKED');
    expect(save.body.message).toContain('2025-07');
    expect(save.body.message).toMatch(/已锁定/);

    const accept = await office.post<ApiErrorBody>(`/api/reports/${submittedReport.id}/accept`, {
      version: submittedReport.version,
    });
    expect(accept.status).toBe(423);
    expect(accept.body.code).toBe('REPORT_PERIOD_LOCKED');
    const returned = await office.post<ApiErrorBody>(`/api/reports/${submittedReport.id}/return`, {
      reason: '请补充材料',
      version: submittedReport.version,
    });
    expect(returned.status).toBe(423);

    // August is not locked.
    const august = await xzsp.put<ReportDetailResponse>(`/api/tasks/${task2.id}/reports/2025-08`, {
      workDone: '八月进展',
    });
    expect(august.status).toBe(200);
  });

  it('refuses an unlock by anyone but the office, without a reason, or of another month', async () => {
    const path = `/api/bulletins/${published.id}/unlock`;
    expect((await cityOffice.post(path, { period: '2025-07', reason: '市级要求' })).status).toBe(
      403,
    );
    expect((await xzsp.post(path, { period: '2025-07', reason: '部门要求' })).status).toBe(403);
    const blank = await office.post<ApiErrorBody>(path, { period: '2025-07', reason: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.code).toBe('VALIDATION_FAILED');
    const other = await office.post<ApiErrorBody>(path, { period: '2025-06', reason: '更正' });
    expect(other.status).toBe(400);
    expect(other.body.code).toBe('BULLETIN_PERIOD_INVALID');
  });

  it('unlocks with a recorded reason, after which reports may be written again', async () => {
    freezeChinaTime(context.api, '2025-08-06T09:00');
    const unlocked = await office.post<BulletinDetailResponse>(
      `/api/bulletins/${published.id}/unlock`,
      { period: '2025-07', reason: '县行政审批服务局数据更正，需重新审核' },
    );
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.locks[0]).toMatchObject({
      period: '2025-07',
      unlockedBy: { id: office.user.id },
      unlockedAt: '2025-08-06T01:00:00.000Z',
      unlockReason: '县行政审批服务局数据更正，需重新审核',
    });
    expect(unlocked.body.status).toBe('published');

    const accept = await office.post<ReportDetailResponse>(
      `/api/reports/${submittedReport.id}/accept`,
      { version: submittedReport.version },
    );
    expect(accept.status).toBe(200);
    const save = await xzsp.put(`/api/tasks/${task2.id}/reports/2025-07`, {
      workDone: '补报七月进展',
    });
    expect(save.status).toBe(200);

    const twice = await office.post<ApiErrorBody>(`/api/bulletins/${published.id}/unlock`, {
      period: '2025-07',
      reason: '再次解锁',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('BULLETIN_PERIOD_NOT_LOCKED');

    const audit = await office.get<{ items: { action: string; after: unknown }[] }>(
      '/api/audit?action=report_period.unlock',
    );
    expect(audit.status).toBe(200);
    expect(JSON.stringify(audit.body.items)).toContain('县行政审批服务局数据更正，需重新审核');
  });

  it('still downloads the published files byte for byte after the data changed', async () => {
    const [docx, xlsx] = await files(published.id);
    expect(docx.equals(publishedDocx)).toBe(true);
    expect(xlsx.equals(publishedXlsx)).toBe(true);
    expect(docxParagraphs(docx)).toContain('麟游县优化营商环境工作2025年7月通报');
  });

  it('locks the three months of a published quarter bulletin', async () => {
    freezeChinaTime(context.api, '2025-10-09T09:00');
    const quarter = await generate('quarter', '2025-Q3');
    expect(quarter.status).toBe(201);
    expect(quarter.body.title).toBe('麟游县优化营商环境工作2025年第三季度通报');
    expect(quarter.body.figures.asOf).toBe('2025-09-30');
    const publishedQuarter = await office.post<BulletinDetailResponse>(
      `/api/bulletins/${quarter.body.id}/publish`,
      { version: quarter.body.version },
    );
    expect(publishedQuarter.status).toBe(200);
    const open = publishedQuarter.body.locks.filter((lock) => lock.unlockedAt === null);
    expect(open.map((lock) => lock.period).sort()).toEqual(['2025-07', '2025-08', '2025-09']);
    // July's history keeps the earlier, unlocked lock.
    expect(publishedQuarter.body.locks.filter((lock) => lock.period === '2025-07')).toHaveLength(2);

    for (const period of ['2025-07', '2025-08', '2025-09']) {
      const save = await xzsp.put<ApiErrorBody>(`/api/tasks/${task2.id}/reports/${period}`, {
        workDone: '季度内补报',
      });
      expect(save.status, period).toBe(423);
    }
    const october = await xzsp.put(`/api/tasks/${task2.id}/reports/2025-10`, {
      workDone: '十月进展',
    });
    expect(october.status).toBe(200);
  });
});
