import type { NoticeDetailResponse, NoticeResponse } from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { findDepartment, findTask, LINYOU, MEIXIAN } from '../problems/fixtures.js';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';

describe(`notice permissions and validation on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const leader = useSignedIn(context, 'linyou.leader');
  const meixian = useSignedIn(context, 'meixian.office');
  const city = useSignedIn(context, 'baoji.office');
  let xzspId: number;
  let issued: NoticeDetailResponse;

  const valid = () => ({
    departmentId: xzspId,
    reason: '月度进展报送不及时',
    level: 'reminder',
    responseDue: '2099-01-31',
  });

  const countAsOffice = async () =>
    (await office.get<NoticeResponse[]>('/api/notices')).body.length;

  beforeAll(async () => {
    xzspId = (await findDepartment(office, LINYOU, '县行政审批服务局')).id;
    const created = await office.post<NoticeDetailResponse>('/api/notices', {
      ...valid(),
      issue: true,
    });
    expect(created.status).toBe(201);
    issued = created.body;
  });

  it('hides a county’s notices from another county (404, not in lists)', async () => {
    expect((await meixian.get(`/api/notices/${issued.id}`)).status).toBe(404);
    const close = await meixian.post(`/api/notices/${issued.id}/close`, { version: 1 });
    expect(close.status).toBe(404);
    expect(close.body).toMatchObject({ code: 'NOTICE_NOT_FOUND' });
    expect((await meixian.del(`/api/notices/${issued.id}`)).status).toBe(404);
    expect((await meixian.get<NoticeResponse[]>('/api/notices')).body).toEqual([]);
  });

  it('lets the city office read a county’s issued notices but not act on them', async () => {
    expect((await city.get(`/api/notices/${issued.id}`)).status).toBe(200);
    expect((await city.post(`/api/notices/${issued.id}/close`, { version: 1 })).status).toBe(403);
    expect((await leader.post('/api/notices', valid())).status).toBe(403);
    expect((await leader.post(`/api/notices/${issued.id}/close`, { version: 1 })).status).toBe(403);
  });

  it('refuses bad payloads with 400 and writes nothing', async () => {
    const before = await countAsOffice();
    const meixianTask = (await findTask(meixian, MEIXIAN, 'meixian-2024', '1')).id;
    const foreignDepartment = (await findDepartment(meixian, MEIXIAN, '县行政审批局')).id;
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid(), extra: true }, 'VALIDATION_FAILED'],
      [{ ...valid(), level: 'warning' }, 'VALIDATION_FAILED'],
      [{ ...valid(), responseDue: '2099-13-01' }, 'VALIDATION_FAILED'],
      [{ ...valid(), responseDue: '2000-01-03' }, 'NOTICE_DUE_DATE_INVALID'],
      [{ ...valid(), reason: '' }, 'VALIDATION_FAILED'],
      [{ ...valid(), issue: 'yes' }, 'VALIDATION_FAILED'],
      [{ ...valid(), departmentId: foreignDepartment }, 'NOTICE_DEPARTMENT_INVALID'],
      [{ ...valid(), taskId: 1, problemId: 1 }, 'NOTICE_SUBJECT_INVALID'],
    ];
    for (const [body, code] of cases) {
      const result = await office.post('/api/notices', body);
      expect(result.status, JSON.stringify(body)).toBe(400);
      expect(result.body, JSON.stringify(body)).toMatchObject({ code });
    }
    // A task of another county does not exist for this office; the city office may read it
    // but not supervise there.
    const foreignTask = await office.post('/api/notices', { ...valid(), taskId: meixianTask });
    expect(foreignTask.status).toBe(404);
    const countyTask = await city.post('/api/notices', { ...valid(), taskId: meixianTask });
    expect(countyTask.status).toBe(403);
    expect(await countAsOffice()).toBe(before);

    expect((await office.post(`/api/notices/${issued.id}/close`, {})).status).toBe(400);
    expect((await office.post(`/api/notices/${issued.id}/close`, { version: 0 })).status).toBe(400);
    expect((await office.get('/api/notices?status=open')).status).toBe(400);
    const still = await office.get<NoticeDetailResponse>(`/api/notices/${issued.id}`);
    expect(still.body).toMatchObject({ status: 'issued', version: issued.version });
  });
});
