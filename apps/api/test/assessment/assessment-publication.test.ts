import type {
  ApiErrorBody,
  AssessmentResultsResponse,
  AssessmentRulesResponse,
  PublishedAssessmentResponse,
  PublishedAssessmentSummary,
} from '@bizenv/shared';
import { DEFAULT_ASSESSMENT_RULES } from '@bizenv/shared';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';
import { departmentNamed, expectStatus, freezeChinaTime, LINYOU } from './assessment-fixtures.js';

const BASE = `/api/jurisdictions/${LINYOU}/assessment/2025`;

/**
 * Rules, recomputation, publication and export, 麟游县 2025 with the clock at 2025-03-25 and the
 * seeded plans only: every department owes January–March reports and has none, so its score is
 * 100 − missing × (points per missing report), other rules counting nothing.
 */
describe(`assessment rules, publication and export on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  const cityOffice = useSignedIn(context, 'baoji.office');
  let xzspId: number;

  const results = async () =>
    expectStatus('results', await office.get<AssessmentResultsResponse>(`${BASE}/results`), 200);
  const xzspRow = (table: AssessmentResultsResponse) =>
    table.departments.find((d) => d.departmentId === xzspId)!;
  const missingOf = (table: AssessmentResultsResponse) =>
    xzspRow(table).lines.find((line) => line.kind === 'missing_report')!.count;
  const stricter = {
    ...DEFAULT_ASSESSMENT_RULES,
    floor: null,
    points: { ...DEFAULT_ASSESSMENT_RULES.points, missing_report: -0.1 },
  };

  beforeAll(async () => {
    freezeChinaTime(context.api, '2025-03-25T10:00');
    xzspId = (await departmentNamed(office, LINYOU, '县行政审批服务局')).id;
  });

  it('answers the defaults at version 0 while nothing is saved, to departments too', async () => {
    const rules = expectStatus(
      'rules',
      await xzsp.get<AssessmentRulesResponse>(`${BASE}/rules`),
      200,
    );
    expect(rules).toEqual({
      jurisdictionCode: LINYOU,
      year: 2025,
      rules: DEFAULT_ASSESSMENT_RULES,
      isDefault: true,
      version: 0,
      updatedBy: null,
      updatedAt: null,
    });
  });

  it('refuses results to departments (403) and a year still to come (400)', async () => {
    expect((await xzsp.get<ApiErrorBody>(`${BASE}/results`)).status).toBe(403);
    const future = await office.get<ApiErrorBody>(
      `/api/jurisdictions/${LINYOU}/assessment/2026/results`,
    );
    expect([future.status, future.body.code]).toEqual([400, 'ASSESSMENT_YEAR_INVALID']);
  });

  it('publishes a snapshot that a later rule change leaves as it was, while the live table recomputes', async () => {
    const before = await results();
    const missing = missingOf(before);
    expect(xzspRow(before).score).toBe(Math.max(0, 100 - missing));

    const published = await office.post<PublishedAssessmentResponse>(`${BASE}/publications`);
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({
      publicationVersion: 1,
      publishedBy: expect.any(String) as string,
    });
    expect(published.body.departments).toEqual(before.departments);

    const saved = await office.put<AssessmentRulesResponse>(`${BASE}/rules`, {
      rules: stricter,
      version: 0,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ isDefault: false, version: 1, rules: stricter });

    const after = await results();
    expect(after.rulesVersion).toBe(1);
    expect(xzspRow(after).score).toBe((10000 - missing * 10) / 100);
    expect(xzspRow(after).lines.find((line) => line.kind === 'missing_report')).toEqual({
      kind: 'missing_report',
      label: '月度报告未报送',
      count: missing,
      pointsEach: -0.1,
      points: -(missing * 10) / 100,
    });

    const again = expectStatus(
      'published v1',
      await office.get<PublishedAssessmentResponse>(`${BASE}/publications/1`),
      200,
    );
    expect(again.departments).toEqual(before.departments);
    expect(again.rules).toEqual(DEFAULT_ASSESSMENT_RULES);

    const second = await office.post<PublishedAssessmentResponse>(`${BASE}/publications`);
    expect([second.status, second.body.publicationVersion]).toEqual([201, 2]);
    expect(second.body.departments).toEqual(after.departments);
    const list = expectStatus(
      'list',
      await cityOffice.get<PublishedAssessmentSummary[]>(`${BASE}/publications`),
      200,
    );
    expect(list.map((row) => row.publicationVersion)).toEqual([2, 1]);
  });

  it('checks the rules and the version on save, and only the county office writes them', async () => {
    const stale = await office.put<ApiErrorBody>(`${BASE}/rules`, { rules: stricter, version: 0 });
    expect([stale.status, stale.body.code]).toEqual([409, 'VERSION_CONFLICT']);
    const invalid = await office.put<ApiErrorBody>(`${BASE}/rules`, {
      rules: { ...stricter, floor: 90, cap: 80 },
      version: 1,
    });
    expect([invalid.status, invalid.body.code]).toEqual([400, 'ASSESSMENT_RULES_INVALID']);
    expect(invalid.body.message).toContain('保底分不能高于封顶分');
    const missingField = await office.put<ApiErrorBody>(`${BASE}/rules`, {
      rules: { ...stricter, points: { late_report: -1 } },
      version: 1,
    });
    expect(missingField.status).toBe(400);
    expect((await xzsp.put(`${BASE}/rules`, { rules: stricter, version: 1 })).status).toBe(403);
    expect((await cityOffice.put(`${BASE}/rules`, { rules: stricter, version: 1 })).status).toBe(
      403,
    );
  });

  it('publishes concurrently without two publications of the same version', async () => {
    const answers = await Promise.all(
      [1, 2, 3].map(() => office.post<PublishedAssessmentResponse>(`${BASE}/publications`)),
    );
    expect(answers.every((answer) => [201, 409].includes(answer.status))).toBe(true);
    const versions = answers
      .filter((answer) => answer.status === 201)
      .map((answer) => answer.body.publicationVersion);
    expect(versions.length).toBeGreaterThan(0);
    expect(new Set(versions).size).toBe(versions.length);
    const list = expectStatus(
      'list',
      await office.get<PublishedAssessmentSummary[]>(`${BASE}/publications`),
      200,
    );
    expect(list.map((row) => row.publicationVersion)).toEqual(
      Array.from({ length: list.length }, (_, index) => list.length - index),
    );
  });

  it('exports the live and the published table as .xlsx with the figures of the API', async () => {
    const live = await results();
    const v1 = expectStatus(
      'v1',
      await office.get<PublishedAssessmentResponse>(`${BASE}/publications/1`),
      200,
    );
    for (const [path, table] of [
      [`${BASE}/results/export`, live],
      [`${BASE}/publications/1/export`, v1],
    ] as const) {
      const response = await fetch(`${context.api.baseUrl}${path}`, {
        headers: { cookie: office.cookie },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('spreadsheetml');
      expect(response.headers.get('content-disposition')).toContain('attachment');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
      const ranking = workbook.getWorksheet('排名')!;
      const rows: unknown[][] = [];
      ranking.eachRow((row, index) => {
        if (index > 2) rows.push((row.values as unknown[]).slice(1, 4));
      });
      expect(rows).toEqual(table.departments.map((d) => [d.rank, d.departmentName, d.score]));
      const breakdown = workbook.getWorksheet('得分明细')!;
      const total = table.departments.reduce((sum, d) => sum + d.lines.length + 1, 0);
      expect(breakdown.rowCount).toBe(total + 1);
    }
  });
});
