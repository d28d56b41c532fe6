import type {
  PlanImportCommitResponse,
  PlanImportDraftResponse,
  PlanSummaryResponse,
  SeedPlan,
  TaskResponse,
} from '@bizenv/shared';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { PlanEntity } from '../../src/plans/plan.entity.js';
import { useSignedIn } from '../support/auth.js';
import { loadSeeds } from '../support/seeds.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';
import { buildDocx, encodeGb18030 } from './encodings.js';
import {
  MEIXIAN,
  rowCounts,
  seedsWithoutYijunPlan,
  upload,
  YIJUN,
  YIJUN_CHOICES,
  YIJUN_SOURCE,
} from './fixtures.js';

const seededYijun = loadSeeds().plans.find((plan) => plan.key === 'yijun-2021')!;
const base = `/api/jurisdictions/${YIJUN}/plan-imports`;

describe(`plan document import on ${TEST_DB}`, () => {
  const context = useRunningApp(seedsWithoutYijunPlan());
  const office = useSignedIn(context, 'yijun.office');

  const pasted = async () => {
    const result = await office.post<PlanImportDraftResponse>(base, {
      text: YIJUN_SOURCE,
      ...YIJUN_CHOICES,
    });
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    return result.body;
  };

  it('reads pasted text into a draft: the seed plan, with source lines and nothing written', async () => {
    const before = await rowCounts(context.api);
    const draft = await pasted();
    const { key, source, ...plan } = draft.plans[0]!;
    expect({ ...plan, key: seededYijun.key, source: seededYijun.source }).toEqual(seededYijun);
    expect(key).toMatch(/^610222-2021-[0-9a-f]{8}$/);
    expect(source).toEqual({ file: '粘贴文本', annex: null });
    const first = draft.tasks.find((task) => task.code === seededYijun.tasks[0]!.code)!;
    const lines = draft.sourceText
      .split('\n')
      .slice(first.sourceLines!.start - 1, first.sourceLines!.end);
    expect(lines.join('')).toContain(seededYijun.tasks[0]!.title.slice(0, 8));
    const after = await rowCounts(context.api);
    expect({ ...after, PlanImportDraftEntity: 0 }).toEqual({ ...before, PlanImportDraftEntity: 0 });
    expect(after.PlanImportDraftEntity).toBe(before.PlanImportDraftEntity! + 1);
  });

  it.each([
    ['GB18030 text', 'yijun.txt', () => encodeGb18030(YIJUN_SOURCE), 'gb18030'],
    ['UTF-8 Markdown', 'yijun.md', () => Buffer.from(YIJUN_SOURCE), 'utf-8'],
    ['Word document', 'yijun.docx', () => buildDocx(YIJUN_SOURCE), null],
  ])('reads an uploaded %s', async (_form, fileName, bytes, encoding) => {
    const result = await upload(office, context.api.baseUrl, YIJUN, fileName, await bytes());
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    const draft = result.body as unknown as PlanImportDraftResponse;
    expect(draft.encoding).toBe(encoding);
    expect(draft.fileName).toBe(fileName);
    // Without the annex-table choice the indicator table is not read; the tasks are.
    expect(draft.plans[0]!.tasks).toEqual(seededYijun.tasks);
  });

  it.each([
    [
      'a corrupt Word file',
      'plan.docx',
      Buffer.from('PK\u0003\u0004 not really a zip'),
      400,
      'PLAN_IMPORT_CORRUPT_DOCX',
    ],
    ['an empty file', 'plan.txt', Buffer.from('  \n\n'), 400, 'PLAN_IMPORT_EMPTY'],
    [
      'a document without tasks',
      'plan.txt',
      Buffer.from('关于召开会议的通知\n请各单位准时参加。\n'),
      422,
      'PLAN_IMPORT_NOT_A_PLAN',
    ],
    [
      'an unsupported type',
      'plan.pdf',
      Buffer.from('%PDF-1.4'),
      415,
      'PLAN_IMPORT_UNSUPPORTED_TYPE',
    ],
  ])('refuses %s and writes nothing', async (_what, fileName, bytes, status, code) => {
    const before = await rowCounts(context.api);
    const result = await upload(office, context.api.baseUrl, YIJUN, fileName, bytes);
    expect(result.status).toBe(status);
    expect(result.body.code).toBe(code);
    expect(await rowCounts(context.api)).toEqual(before);
  });

  it('refuses a file over the size limit', async () => {
    const big = Buffer.alloc(context.api.config.maxUploadMb * 1024 * 1024 + 10, 0x41);
    const result = await upload(office, context.api.baseUrl, YIJUN, 'big.txt', big);
    expect(result.status).toBe(413);
    expect(result.body.code).toBe('PLAN_IMPORT_TOO_LARGE');
  });

  it('edits a draft with optimistic locking and maps a unit to an existing department', async () => {
    const draft = await pasted();
    const plans: SeedPlan[] = structuredClone(draft.plans);
    plans[0]!.tasks[0]!.title = '改过的标题';
    plans[0]!.tasks[0]!.leadDepartments = ['县测试新建局'];
    const edited = await office.patch<PlanImportDraftResponse>(`${base}/${draft.id}`, {
      version: draft.version,
      plans,
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.plans[0]!.tasks[0]!.title).toBe('改过的标题');
    expect(edited.body.departments).toContainEqual(
      expect.objectContaining({
        name: '县测试新建局',
        decision: { kind: 'new', departmentKind: 'government' },
      }),
    );
    const stale = await office.patch(`${base}/${draft.id}`, { version: draft.version, plans });
    expect(stale.status).toBe(409);

    const departments = await office.get<{ id: number; name: string }[]>(
      `/api/jurisdictions/${YIJUN}/departments`,
    );
    const target = departments.body[0]!;
    const mapped = await office.patch<PlanImportDraftResponse>(`${base}/${draft.id}`, {
      version: edited.body.version,
      departments: [{ name: '县测试新建局', departmentId: target.id }],
    });
    expect(mapped.status, JSON.stringify(mapped.body)).toBe(200);
    expect(mapped.body.plans[0]!.tasks[0]!.leadDepartments).toEqual([target.name]);
    expect(mapped.body.departments.map((d) => d.name)).not.toContain('县测试新建局');

    expect((await office.del(`${base}/${draft.id}`)).status).toBe(204);
    expect((await office.get(`${base}/${draft.id}`)).status).toBe(404);
  });

  it('commits all or nothing: a failure mid-commit leaves no department, plan or task', async () => {
    const draft = await pasted();
    const plans: SeedPlan[] = structuredClone(draft.plans);
    plans[0]!.tasks[0]!.leadDepartments = ['县回滚测试局'];
    const edited = await office.patch<PlanImportDraftResponse>(`${base}/${draft.id}`, {
      version: draft.version,
      plans,
    });
    expect(edited.status).toBe(200);
    // A plan row already holding the draft's key makes the plan insert fail after the new
    // department was inserted in the same transaction.
    const plansTable = context.api.app.get(DataSource).getRepository(PlanEntity);
    await plansTable.insert({
      key: draft.plans[0]!.key,
      jurisdictionCode: YIJUN,
      parentPlanId: null,
      title: '占位方案',
      issuer: '测试',
      documentNumber: null,
      issuedDate: null,
      year: 2021,
      sourceFile: 'x',
      sourceAnnex: null,
    });
    const before = await rowCounts(context.api);
    const failed = await office.post(`${base}/${draft.id}/commit`);
    expect(failed.status).toBe(500);
    expect(await rowCounts(context.api)).toEqual(before);
    await plansTable.delete({ key: draft.plans[0]!.key });
    await office.del(`${base}/${draft.id}`);
  });

  it('commits a reviewed draft as the same plan as the seeds, then refuses it again', async () => {
    const draft = await pasted();
    const committed = await office.post<PlanImportCommitResponse>(`${base}/${draft.id}/commit`);
    expect(committed.status, JSON.stringify(committed.body)).toBe(201);
    expect(committed.body).toEqual({
      planIds: [expect.any(Number)],
      tasks: seededYijun.tasks.length,
      departmentsCreated: 0,
    });
    const tree = await office.get<TaskResponse[]>(`/api/plans/${committed.body.planIds[0]}/tasks`);
    const flat = (tasks: TaskResponse[]): TaskResponse[] =>
      tasks.flatMap((t) => [t, ...flat(t.children)]);
    expect(
      flat(tree.body).map((t) => ({
        code: t.code,
        title: t.title,
        lead: t.leadDepartments.map((d) => d.name),
        deadline: t.deadline,
        targets: t.targets.length,
      })),
    ).toEqual(
      seededYijun.tasks.map((t) => ({
        code: t.code,
        title: t.title,
        lead: t.leadDepartments,
        deadline: t.deadline,
        targets: t.targets.length,
      })),
    );
    expect((await office.get(`${base}/${draft.id}`)).status).toBe(404);

    const again = await pasted();
    const refused = await office.post(`${base}/${again.id}/commit`);
    expect(refused.status).toBe(409);
    expect((refused.body as { code: string }).code).toBe('PLAN_IMPORT_PLAN_EXISTS');
    const plansOfYijun = await office.get<PlanSummaryResponse[]>(
      `/api/jurisdictions/${YIJUN}/plans`,
    );
    expect(plansOfYijun.body.filter((p) => p.title === seededYijun.title)).toHaveLength(1);
  });
  it('creates the proposed new departments on commit', async () => {
    const text = [
      '宜君县人民政府办公室文件',
      '君政办发〔2025〕99号',
      '《宜君县营商环境补充方案》已经县政府同意，现印发给你们，请认真贯彻落实。',
      '宜君县人民政府办公室',
      '2025年3月1日',
      '宜君县营商环境补充方案',
      '一、重点任务',
      '1.建设数据共享平台。（县数据共享新建局牵头，2025年6月底前完成）',
    ].join('\n\n');
    const draft = await office.post<PlanImportDraftResponse>(base, { text });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    expect(draft.body.departments).toEqual([
      {
        name: '县数据共享新建局',
        method: 'unknown',
        score: 0,
        decision: { kind: 'new', departmentKind: 'government' },
      },
    ]);
    const committed = await office.post<PlanImportCommitResponse>(
      `${base}/${draft.body.id}/commit`,
    );
    expect(committed.status, JSON.stringify(committed.body)).toBe(201);
    expect(committed.body.departmentsCreated).toBe(1);
    const departments = await office.get<{ name: string }[]>(
      `/api/jurisdictions/${YIJUN}/departments`,
    );
    expect(departments.body.map((d) => d.name)).toContain('县数据共享新建局');
  });
});

describe(`plan import permissions on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const department = useSignedIn(context, 'meixian.xzsp');
  const otherCounty = useSignedIn(context, 'linyou.office');
  const city = useSignedIn(context, 'baoji.office');
  const meixian = useSignedIn(context, 'meixian.office');
  const path = `/api/jurisdictions/${MEIXIAN}/plan-imports`;

  it('lets only the office of the jurisdiction import', async () => {
    const body = { text: YIJUN_SOURCE };
    expect((await department.post(path, body)).status).toBe(403);
    expect((await city.post(path, body)).status).toBe(403);
    expect((await otherCounty.post(path, body)).status).toBe(404);
    const own = await meixian.post<PlanImportDraftResponse>(path, body);
    expect(own.status).toBe(201);
    expect((await otherCounty.get(`${path}/${own.body.id}`)).status).toBe(404);
    expect((await city.post(`${path}/${own.body.id}/commit`)).status).toBe(404);
    expect((await department.get(`${path}/${own.body.id}`)).status).toBe(403);
  });
});
