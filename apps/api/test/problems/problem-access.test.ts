import type { ProblemDetailResponse, ProblemResponse } from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';
import { createProblem, findDepartment, findTask, LINYOU, MEIXIAN, uploadPdf } from './fixtures.js';

describe(`problem permissions and validation on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  const fgj = useSignedIn(context, 'linyou.fgj');
  const meixian = useSignedIn(context, 'meixian.office');
  const city = useSignedIn(context, 'baoji.office');
  let taskId: number;
  let xzspId: number;
  let fgjId: number;
  let ownedByXzsp: ProblemDetailResponse;
  let ownedByFgj: ProblemDetailResponse;

  const valid = () => ({
    taskId,
    source: 'evaluation',
    description: '审批材料仍需纸质提交',
    ownerDepartmentId: xzspId,
    deadline: '2021-12-31',
  });

  const countAsOffice = async () =>
    (await office.get<ProblemResponse[]>('/api/problems')).body.length;

  beforeAll(async () => {
    taskId = (await findTask(office, LINYOU, 'linyou-2021', '1')).id;
    xzspId = (await findDepartment(office, LINYOU, '县行政审批服务局')).id;
    fgjId = (await findDepartment(office, LINYOU, '县发改局')).id;
    ownedByXzsp = await createProblem(office, valid());
    // 县发改局 is not on task 1, but owns this problem of it.
    ownedByFgj = await createProblem(office, { ...valid(), ownerDepartmentId: fgjId });
  });

  it('hides a county’s problems from another county (404, not in lists)', async () => {
    expect((await meixian.get(`/api/problems/${ownedByXzsp.id}`)).status).toBe(404);
    const patch = await meixian.patch(`/api/problems/${ownedByXzsp.id}`, {
      version: 1,
      measure: 'x',
    });
    expect(patch.status).toBe(404);
    expect(patch.body).toMatchObject({ code: 'PROBLEM_NOT_FOUND' });
    expect(
      (await meixian.post(`/api/problems/${ownedByXzsp.id}/close`, { version: 1 })).status,
    ).toBe(404);
    expect((await meixian.get<ProblemResponse[]>('/api/problems')).body).toEqual([]);
    expect((await meixian.get(`/api/tasks/${taskId}/problems`)).status).toBe(404);
    const foreignTask = await meixian.post('/api/problems', {
      ...valid(),
      ownerDepartmentId: (await findDepartment(meixian, MEIXIAN, '县行政审批局')).id,
    });
    expect(foreignTask.status).toBe(404);
  });

  it('lets a department read what it owns or works on, and change only what it owns', async () => {
    // 县发改局: owns one problem of task 1, is not on task 1.
    expect((await fgj.get(`/api/problems/${ownedByFgj.id}`)).status).toBe(200);
    expect((await fgj.get(`/api/problems/${ownedByXzsp.id}`)).status).toBe(404);
    expect(
      (await fgj.patch(`/api/problems/${ownedByXzsp.id}`, { version: 1, measure: 'x' })).status,
    ).toBe(404);
    const listed = (await fgj.get<ProblemResponse[]>('/api/problems')).body.map((p) => p.id);
    expect(listed).toContain(ownedByFgj.id);
    expect(listed).not.toContain(ownedByXzsp.id);

    // 县行政审批服务局 leads task 1: it reads both, but may change only its own.
    const seen = (await xzsp.get<ProblemResponse[]>(`/api/problems?taskId=${taskId}`)).body.map(
      (p) => p.id,
    );
    expect(seen).toEqual(expect.arrayContaining([ownedByXzsp.id, ownedByFgj.id]));
    const notOwner = await xzsp.patch(`/api/problems/${ownedByFgj.id}`, {
      version: 1,
      measure: '代为整改',
    });
    expect(notOwner.status).toBe(403);

    const officeOnly = await xzsp.patch(`/api/problems/${ownedByXzsp.id}`, {
      version: 1,
      deadline: '2022-06-30',
    });
    expect(officeOnly.status).toBe(403);
    expect(officeOnly.body).toMatchObject({ code: 'PROBLEM_FIELD_FORBIDDEN' });
    const unchanged = await office.get<ProblemDetailResponse>(`/api/problems/${ownedByXzsp.id}`);
    expect(unchanged.body).toMatchObject({ deadline: '2021-12-31', version: 1 });
  });

  it('lets the city office read a county’s problems but not write them', async () => {
    expect((await city.get(`/api/problems/${ownedByXzsp.id}`)).status).toBe(200);
    expect(
      (await city.patch(`/api/problems/${ownedByXzsp.id}`, { version: 1, measure: 'x' })).status,
    ).toBe(403);
    expect((await city.post(`/api/problems/${ownedByXzsp.id}/close`, { version: 1 })).status).toBe(
      403,
    );
    expect((await city.post('/api/problems', valid())).status).toBe(403);
  });

  it('refuses bad payloads with 400 and writes nothing', async () => {
    const before = await countAsOffice();
    const foreignDepartment = (await findDepartment(meixian, MEIXIAN, '县行政审批局')).id;
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid(), extra: 1 }, 'VALIDATION_FAILED'],
      [{ ...valid(), indicator: 'starting-business' }, 'PROBLEM_SUBJECT_INVALID'],
      [{ ...valid(), taskId: undefined }, 'PROBLEM_SUBJECT_INVALID'],
      [{ ...valid(), deadline: '2021-02-30' }, 'VALIDATION_FAILED'],
      [{ ...valid(), source: 'rumor' }, 'VALIDATION_FAILED'],
      [{ ...valid(), description: '   ' }, 'VALIDATION_FAILED'],
      [{ ...valid(), indicator: 'no-such-indicator', taskId: undefined }, 'VALIDATION_FAILED'],
      [{ ...valid(), ownerDepartmentId: foreignDepartment }, 'PROBLEM_DEPARTMENT_INVALID'],
      [{ ...valid(), ownerDepartmentId: '5' }, 'VALIDATION_FAILED'],
      [{ ...valid(), attachmentIds: ['not-a-uuid'] }, 'VALIDATION_FAILED'],
    ];
    for (const [body, code] of cases) {
      const result = await office.post('/api/problems', body);
      expect(result.status, JSON.stringify(body)).toBe(400);
      expect(result.body, JSON.stringify(body)).toMatchObject({ code });
    }
    // Someone else's upload cannot become this problem's evidence: the whole write rolls back.
    const theirs = await uploadPdf(xzsp, context.api.baseUrl);
    const stolen = await office.post('/api/problems', { ...valid(), attachmentIds: [theirs] });
    expect(stolen.status).toBe(400);
    expect(stolen.body).toMatchObject({ code: 'ATTACHMENT_NOT_USABLE' });
    expect(await countAsOffice()).toBe(before);

    const badPatch = await office.patch(`/api/problems/${ownedByXzsp.id}`, {
      version: 1,
      status: 'closed',
    });
    expect(badPatch.status).toBe(400);
    expect(
      (await office.patch(`/api/problems/${ownedByXzsp.id}`, { measure: 'no version' })).status,
    ).toBe(400);
    expect((await office.get('/api/problems?status=lost')).status).toBe(400);
    expect((await office.get('/api/problems?taskId=abc')).status).toBe(400);
    expect((await office.get('/api/problems/abc')).status).toBe(400);
    const after = await office.get<ProblemDetailResponse>(`/api/problems/${ownedByXzsp.id}`);
    expect(after.body).toMatchObject({ status: 'rectifying', version: 1, measure: null });
  });
});
