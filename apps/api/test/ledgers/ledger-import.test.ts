import { createHash } from 'node:crypto';
import { LEDGER_COLUMNS, type LedgerImportResponse, type TaskEventResponse } from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';
import {
  download,
  findPlanId,
  LINYOU,
  planTasks,
  readWorkbook,
  rowOfKey,
  sheetValues,
  upload,
  writeWorkbook,
} from './fixtures.js';

describe(`ledger export and import on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  let planId: number;
  const base = () => context.api.baseUrl;
  const exportLedger = async () => {
    const file = await download(office, base(), `/api/plans/${planId}/ledger.xlsx`);
    expect(file.status).toBe(200);
    return file.bytes;
  };
  const importLedger = (bytes: Buffer, dryRun = false) =>
    upload<LedgerImportResponse & { code?: string }>(
      office,
      base(),
      `/api/plans/${planId}/ledger${dryRun ? '?dryRun=true' : ''}`,
      bytes,
    );
  /** A checksum of every task as the API shows it: any write bumps a version and changes it. */
  const tasksChecksum = async () =>
    createHash('sha256')
      .update(JSON.stringify(await planTasks(office, planId)))
      .digest('hex');

  beforeAll(async () => {
    planId = await findPlanId(office, LINYOU, 'linyou-2021');
  });

  it('exports one row per task with the template columns, a frozen header and a status list', async () => {
    const file = await download(office, base(), `/api/plans/${planId}/ledger.xlsx`);
    expect(file.type).toContain('spreadsheetml');
    const workbook = await readWorkbook(file.bytes);
    const values = sheetValues(workbook);
    expect(values[0]).toEqual(LEDGER_COLUMNS.map((column) => column.header));
    const tasks = await planTasks(office, planId);
    expect(values.length - 1).toBe(tasks.length);
    // The plan names leaders per indicator: tasks under an indicator carry its leader.
    const leaderColumn = LEDGER_COLUMNS.findIndex((column) => column.key === 'leader');
    expect(values.slice(1).some((row) => row[leaderColumn] !== '')).toBe(true);
    const first = rowOfKey(workbook, 'linyou-2021#1');
    expect(first.getCell(2).text).toBe('1');
    expect(first.getCell(10).text).toBe('未开始');
    const sheet = workbook.getWorksheet('台账')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(first.getCell(10).dataValidation).toMatchObject({ type: 'list' });
    expect(workbook.getWorksheet('说明')!.getCell(1, 1).text).toBe('台账使用说明');

    const template = await download(office, base(), '/api/ledger-template.xlsx');
    expect(template.status).toBe(200);
    const blank = sheetValues(await readWorkbook(template.bytes));
    expect(blank).toEqual([LEDGER_COLUMNS.map((column) => column.header)]);
  });

  it('imports an unchanged export without changing anything', async () => {
    const bytes = await exportLedger();
    const before = await tasksChecksum();
    const tasks = await planTasks(office, planId);
    const preview = await importLedger(bytes, true);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, applied: false, updated: 0, errors: [] });
    expect(preview.body.unchanged).toBe(tasks.length);
    const applied = await importLedger(bytes);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ applied: false, created: 0, updated: 0, errors: [] });
    expect(await tasksChecksum()).toBe(before);
  });

  it('previews edits without writing, then applies them through the tracking rules', async () => {
    const workbook = await readWorkbook(await exportLedger());
    rowOfKey(workbook, 'linyou-2021#1').getCell(4).value = '新的任务名称';
    rowOfKey(workbook, 'linyou-2021#2').getCell(10).value = '推进中';
    const bytes = await writeWorkbook(workbook);
    const before = await tasksChecksum();

    const preview = await importLedger(bytes, true);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, applied: false, updated: 2, errors: [] });
    expect(preview.body.changes.map((c) => [c.taskKey, c.changes.map((f) => f.field)])).toEqual([
      ['linyou-2021#1', ['title']],
      ['linyou-2021#2', ['status']],
    ]);
    expect(preview.body.changes[1]!.changes[0]).toEqual({
      field: 'status',
      before: 'not_started',
      after: 'in_progress',
    });
    expect(await tasksChecksum()).toBe(before);

    const applied = await importLedger(bytes);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ applied: true, updated: 2 });
    const tasks = await planTasks(office, planId);
    const one = tasks.find((t) => t.code === '1')!;
    const two = tasks.find((t) => t.code === '2')!;
    expect(one).toMatchObject({ title: '新的任务名称', version: 2 });
    expect(two).toMatchObject({ status: 'in_progress', version: 2 });
    const events = await office.get<TaskEventResponse[]>(`/api/tasks/${two.id}/events`);
    expect(events.body[0]).toMatchObject({
      type: 'status_changed',
      fromStatus: 'not_started',
      toStatus: 'in_progress',
    });

    // The same file again: already applied, nothing left to change.
    const again = await importLedger(bytes);
    expect(again.body).toMatchObject({ applied: false, updated: 0 });
  });

  it('reports every bad cell with row, column and a Chinese message, and writes nothing', async () => {
    const workbook = await readWorkbook(await exportLedger());
    const sheet = workbook.getWorksheet('台账')!;
    const three = rowOfKey(workbook, 'linyou-2021#3');
    three.getCell(10).value = '已销号';
    three.getCell(5).value = '改了内容';
    rowOfKey(workbook, 'linyou-2021#4').getCell(4).value = '';
    rowOfKey(workbook, 'linyou-2021#5').getCell(10).value = '进行中';
    const unknown = sheet.addRow([
      'linyou-2021#999',
      '',
      '',
      '名称',
      '内容',
      '',
      '',
      '',
      '',
      '推进中',
    ]);
    const duplicate = sheet.addRow([
      'linyou-2021#1',
      '',
      '',
      '名称',
      '内容',
      '',
      '',
      '',
      '',
      '推进中',
    ]);
    const before = await tasksChecksum();

    const result = await importLedger(await writeWorkbook(workbook));
    expect(result.status).toBe(422);
    expect(result.body).toMatchObject({ code: 'LEDGER_INVALID', applied: false });
    const errors = result.body.errors.map((e) => [e.row, e.column, e.code]);
    expect(errors).toEqual(
      expect.arrayContaining([
        [three.number, 'J（状态）', 'STATUS_TRANSITION'],
        [rowOfKey(workbook, 'linyou-2021#4').number, 'D（任务名称）', 'TEXT_REQUIRED'],
        [rowOfKey(workbook, 'linyou-2021#5').number, 'J（状态）', 'STATUS_UNKNOWN'],
        [unknown.number, 'A（任务键）', 'TASK_KEY_UNKNOWN'],
        [duplicate.number, 'A（任务键）', 'TASK_KEY_DUPLICATE'],
      ]),
    );
    expect(result.body.errors).toHaveLength(5);
    for (const error of result.body.errors) expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await tasksChecksum()).toBe(before);

    // The dry run shows the same errors with the valid rows' diff, and writes nothing either.
    const preview = await importLedger(await writeWorkbook(workbook), true);
    expect(preview.status).toBe(200);
    expect(preview.body.errors).toHaveLength(5);
    expect(await tasksChecksum()).toBe(before);
  });
});
