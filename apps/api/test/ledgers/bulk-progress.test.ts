import type {
  ApiErrorBody,
  BulkProgressResponse,
  ReportDetailResponse,
  ReportListResponse,
} from '@bizenv/shared';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { freezeChinaTime, LINYOU } from '../reports/reporting-fixtures.js';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';
import { download, readWorkbook, upload, writeWorkbook } from './fixtures.js';

const PERIOD = '2025-07';
const SHEET = '本期报表';

/** Column numbers of the sheet by header; target columns start with "目标#". */
function headers(sheet: ExcelJS.Worksheet): Map<string, number> {
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => columns.set(cell.text, column));
  return columns;
}

/** The target columns open on a row (not greyed out): the lead's own targets. */
function openTargetColumns(sheet: ExcelJS.Worksheet, row: ExcelJS.Row): number[] {
  return [...headers(sheet)]
    .filter(([header]) => header.startsWith('目标#'))
    .map(([, column]) => column)
    .filter((column) => {
      const fill = row.getCell(column).fill as ExcelJS.FillPattern | undefined;
      return fill?.pattern !== 'solid';
    });
}

describe(`bulk progress (本期报表) on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  const base = () => context.api.baseUrl;
  const path = `/api/reports/bulk/${PERIOD}`;
  let original: Buffer;
  /** Rows chosen in the download: one with targets to fill (if any), one without. */
  let withTargets: number | null;
  let plain: number;

  const send = (bytes: Buffer, dryRun = false) =>
    upload<BulkProgressResponse & { code?: string }>(
      xzsp,
      base(),
      `${path}${dryRun ? '?dryRun=true' : ''}`,
      bytes,
      '本期报表.xlsx',
    );
  const myReports = async () => {
    const list = await xzsp.get<ReportListResponse>(`/api/reports?period=${PERIOD}`);
    expect(list.status).toBe(200);
    return list.body.items;
  };
  /** The downloaded workbook with `edit` applied to its sheet. */
  const edited = async (edit: (sheet: ExcelJS.Worksheet) => void) => {
    const workbook = await readWorkbook(original);
    edit(workbook.getWorksheet(SHEET)!);
    return writeWorkbook(workbook);
  };
  const fill = (sheet: ExcelJS.Worksheet, rowNumber: number, workDone: string, percent = 40) => {
    const columns = headers(sheet);
    const row = sheet.getRow(rowNumber);
    row.getCell(columns.get('工作进展')!).value = workDone;
    row.getCell(columns.get('存在问题')!).value = '无';
    row.getCell(columns.get('下步计划')!).value = '继续推进';
    row.getCell(columns.get('完成百分比')!).value = percent;
    for (const column of openTargetColumns(sheet, row)) row.getCell(column).value = 12.5;
  };

  beforeAll(async () => {
    freezeChinaTime(context.api, '2025-07-10T10:00');
    const file = await download(xzsp, base(), `${path}.xlsx`);
    expect(file.status).toBe(200);
    expect(file.type).toContain('spreadsheetml');
    original = file.bytes;
    const workbook = await readWorkbook(original);
    const sheet = workbook.getWorksheet(SHEET)!;
    expect(workbook.getWorksheet('说明')).toBeDefined();
    const rows: { number: number; targets: number }[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) rows.push({ number, targets: openTargetColumns(sheet, row).length });
    });
    expect(rows.length).toBeGreaterThan(1);
    withTargets = rows.find((row) => row.targets > 0)?.number ?? null;
    // 县行政审批服务局 leads tasks with quantified targets in the 麟游 plan.
    expect(withTargets).not.toBeNull();
    plain = rows.find((row) => row.targets === 0)!.number;
  });

  it('lists the department’s tasks with role, texts, percent and target columns', async () => {
    const workbook = await readWorkbook(original);
    const sheet = workbook.getWorksheet(SHEET)!;
    const columns = [...headers(sheet).keys()];
    expect(columns.slice(0, 8)).toEqual([
      '任务键',
      '任务名称',
      '角色',
      '报告状态',
      '工作进展',
      '存在问题',
      '下步计划',
      '完成百分比',
    ]);
    for (const header of columns.slice(8)) expect(header).toMatch(/^目标#\d+ .+（.*）$/);
    const row = sheet.getRow(plain);
    expect(row.getCell(1).text).toMatch(/^linyou-.+#.+/);
    expect(['牵头', '配合']).toContain(row.getCell(3).text);
    expect(row.getCell(4).text).toBe('未填写');
  });

  it('refuses bad cells, listing each, and writes nothing', async () => {
    const bytes = await edited((sheet) => {
      const columns = headers(sheet);
      fill(sheet, plain, '', 150);
      if (withTargets !== null) {
        fill(sheet, withTargets, '已完成');
        const target = openTargetColumns(sheet, sheet.getRow(withTargets))[0]!;
        sheet.getRow(withTargets).getCell(target).value = '约十二';
      }
      const extra = sheet.addRow([]);
      extra.getCell(1).value = 'other-plan#99';
      extra.getCell(columns.get('工作进展')!).value = '不属于本部门';
    });
    const answer = await send(bytes);
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('BULK_PROGRESS_INVALID');
    expect(answer.body.applied).toBe(false);
    const codes = answer.body.errors.map((error) => [error.row, error.column, error.code]);
    expect(codes).toContainEqual([plain, 'E（工作进展）', 'TEXT_REQUIRED']);
    expect(codes).toContainEqual([plain, 'H（完成百分比）', 'PERCENT_INVALID']);
    expect(answer.body.errors.map((error) => error.code)).toContain('TASK_KEY_UNKNOWN');
    if (withTargets !== null) {
      expect(answer.body.errors).toContainEqual(
        expect.objectContaining({ row: withTargets, code: 'NUMBER_INVALID' }),
      );
    }
    expect(await myReports()).toEqual([]);
  });

  it('previews, then saves every filled row as a draft in one go', async () => {
    const bytes = await edited((sheet) => {
      fill(sheet, plain, '按计划推进，完成窗口改造');
      if (withTargets !== null) fill(sheet, withTargets, '已完成系统对接');
    });
    const expected = withTargets === null ? 1 : 2;

    const preview = await send(bytes, true);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, applied: false, created: expected });
    expect(await myReports()).toEqual([]);

    const saved = await send(bytes);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ applied: true, created: expected, updated: 0, errors: [] });
    const reports = await myReports();
    expect(reports).toHaveLength(expected);
    expect(reports.every((report) => report.status === 'draft')).toBe(true);
    const taskOf = async (row: number) => {
      const key = (await readWorkbook(original)).getWorksheet(SHEET)!.getRow(row).getCell(1).text;
      return saved.body.rows.find((result) => result.taskKey === key)!.taskId;
    };
    const plainTask = await taskOf(plain);
    expect(reports.map((report) => report.taskId)).toContain(plainTask);
    const plainDetail = await xzsp.get<ReportDetailResponse>(
      `/api/reports/${reports.find((report) => report.taskId === plainTask)!.id}`,
    );
    expect(plainDetail.body).toMatchObject({
      workDone: '按计划推进，完成窗口改造',
      problems: '无',
    });

    if (withTargets !== null) {
      const targetTask = await taskOf(withTargets);
      const detailId = reports.find((report) => report.taskId === targetTask)!.id;
      const detail = await xzsp.get<ReportDetailResponse>(`/api/reports/${detailId}`);
      expect(detail.body.completionPercent).toBe(40);
      expect(detail.body.targetActuals.length).toBeGreaterThan(0);
      expect(detail.body.targetActuals.every((actual) => actual.value === 12.5)).toBe(true);
    }

    // The same file again changes nothing.
    const again = await send(bytes);
    expect(again.body).toMatchObject({ created: 0, updated: 0, applied: false });
  });

  it('does not overwrite a submitted report', async () => {
    // Download again: the file now carries the drafts and their status.
    original = (await download(xzsp, base(), `${path}.xlsx`)).bytes;
    const sheet = (await readWorkbook(original)).getWorksheet(SHEET)!;
    expect(sheet.getRow(plain).getCell(4).text).toBe('草稿');
    const reports = await Promise.all(
      (await myReports()).map(
        async (r) => (await xzsp.get<ReportDetailResponse>(`/api/reports/${r.id}`)).body,
      ),
    );
    const report = reports.find((r) => r.workDone === '按计划推进，完成窗口改造')!;
    const submitted = await xzsp.post<ReportDetailResponse>(`/api/reports/${report.id}/submit`, {
      version: report.version,
    });
    expect(submitted.status).toBe(200);

    const bytes = await edited((sheet) => {
      sheet.getRow(plain).getCell(headers(sheet).get('工作进展')!).value = '改写已报送的内容';
    });
    const answer = await send(bytes);
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ row: plain, code: 'REPORT_NOT_EDITABLE' }),
    ]);
    const after = await xzsp.get<ReportDetailResponse>(`/api/reports/${report.id}`);
    expect(after.body).toMatchObject({ status: 'submitted', workDone: report.workDone });
  });

  it('updates a draft and counts the rest unchanged', async () => {
    const bytes = await edited((sheet) => {
      sheet.getRow(withTargets!).getCell(headers(sheet).get('工作进展')!).value = '系统对接已上线';
    });
    const answer = await send(bytes);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ applied: true, created: 0, updated: 1, errors: [] });
    expect(answer.body.unchanged).toBe(answer.body.rows.length - 1);
    const updated = answer.body.rows.find((row) => row.action === 'update')!;
    const report = (await myReports()).find((r) => r.taskId === updated.taskId)!;
    const detail = await xzsp.get<ReportDetailResponse>(`/api/reports/${report.id}`);
    expect(detail.body).toMatchObject({ status: 'draft', workDone: '系统对接已上线', version: 2 });
  });

  it('is for department users only, and not for future months', async () => {
    expect((await download(office, base(), `${path}.xlsx`)).status).toBe(403);
    const refused = await upload<ApiErrorBody>(office, base(), path, original, '本期报表.xlsx');
    expect(refused.status).toBe(403);
    const future = await upload<ApiErrorBody>(
      xzsp,
      base(),
      '/api/reports/bulk/2025-09',
      original,
      '本期报表.xlsx',
    );
    expect(future.status).toBe(400);
    expect(future.body.code).toBe('PERIOD_IN_FUTURE');
  });

  it('refuses a locked month', async () => {
    freezeChinaTime(context.api, '2025-08-05T09:00');
    const draft = await office.post<{ id: number; version: number }>(
      `/api/jurisdictions/${LINYOU}/bulletins`,
      {
        periodKind: 'month',
        period: PERIOD,
      },
    );
    expect(draft.status).toBe(201);
    const published = await office.post(`/api/bulletins/${draft.body.id}/publish`, {
      version: draft.body.version,
    });
    expect(published.status).toBe(200);
    const answer = await upload<ApiErrorBody>(xzsp, base(), path, original, '本期报表.xlsx');
    expect(answer.status).toBe(423);
    expect(answer.body.code).toBe('REPORT_PERIOD_LOCKED');
  });
});
