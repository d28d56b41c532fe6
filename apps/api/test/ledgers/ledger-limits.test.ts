import ExcelJS from 'exceljs';
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
  upload,
  writeWorkbook,
} from './fixtures.js';
import { singleEntryZip } from './zip-builder.js';

describe(`ledger limits and permissions on ${TEST_DB}`, () => {
  const context = useRunningApp({ maxUploadMb: 1 });
  const office = useSignedIn(context, 'linyou.office');
  const leader = useSignedIn(context, 'linyou.leader');
  const department = useSignedIn(context, 'linyou.xzsp');
  const meixian = useSignedIn(context, 'meixian.office');
  const city = useSignedIn(context, 'baoji.office');
  let planId: number;
  const base = () => context.api.baseUrl;
  const importAs = (client = office, bytes: Buffer | null, name?: string) =>
    upload<{ code: string; message: string }>(
      client,
      base(),
      `/api/plans/${planId}/ledger`,
      bytes,
      name,
    );

  beforeAll(async () => {
    planId = await findPlanId(office, LINYOU, 'linyou-2021');
  });

  it('refuses bad files with a Chinese 4xx and a code, writing nothing', async () => {
    const before = JSON.stringify(await planTasks(office, planId));
    const refusals: [Buffer | null, number, string][] = [
      [null, 400, 'LEDGER_FILE_REQUIRED'],
      [Buffer.from('这不是 Excel 文件'), 400, 'LEDGER_CORRUPT_XLSX'],
      // 8 MiB of zeros deflate to a few KiB: a bomb-like ratio, refused before inflating.
      [
        singleEntryZip('xl/workbook.xml', Buffer.alloc(8 * 1024 * 1024)),
        400,
        'LEDGER_CORRUPT_XLSX',
      ],
      // A zip, but not a workbook (e.g. a .docx renamed).
      [
        singleEntryZip('word/document.xml', Buffer.from('<w:document/>')),
        400,
        'LEDGER_CORRUPT_XLSX',
      ],
      // A workbook whose declared parts are garbage.
      [
        singleEntryZip('xl/workbook.xml', Buffer.from('not xml at all')),
        400,
        'LEDGER_CORRUPT_XLSX',
      ],
      [Buffer.alloc(1024 * 1024 + 10, 1), 413, 'LEDGER_TOO_LARGE'],
    ];
    for (const [bytes, status, code] of refusals) {
      const result = await importAs(office, bytes);
      expect(result.status, code).toBe(status);
      expect(result.body.code).toBe(code);
      expect(result.body.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(JSON.stringify(await planTasks(office, planId))).toBe(before);
  });

  it('refuses a workbook that is not the ledger template', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').addRow(['任务键', '状态']);
    const noSheet = await importAs(office, await writeWorkbook(other));
    expect(noSheet.status).toBe(400);
    expect(noSheet.body.code).toBe('LEDGER_WRONG_TEMPLATE');

    const template = await download(office, base(), '/api/ledger-template.xlsx');
    const workbook = await readWorkbook(template.bytes);
    workbook.getWorksheet('台账')!.getCell('J1').value = '进度';
    const missingHeader = await importAs(office, await writeWorkbook(workbook));
    expect(missingHeader.status).toBe(400);
    expect(missingHeader.body.code).toBe('LEDGER_WRONG_TEMPLATE');
  });

  it('lets the office import and whole-jurisdiction readers export; others are refused', async () => {
    const ledger = await download(office, base(), `/api/plans/${planId}/ledger.xlsx`);
    expect(ledger.status).toBe(200);
    expect((await download(leader, base(), `/api/plans/${planId}/ledger.xlsx`)).status).toBe(200);
    expect((await download(city, base(), `/api/plans/${planId}/ledger.xlsx`)).status).toBe(200);
    expect((await download(department, base(), `/api/plans/${planId}/ledger.xlsx`)).status).toBe(
      403,
    );
    expect((await download(meixian, base(), `/api/plans/${planId}/ledger.xlsx`)).status).toBe(404);

    expect((await importAs(leader, ledger.bytes)).status).toBe(403);
    expect((await importAs(department, ledger.bytes)).status).toBe(403);
    expect((await importAs(city, ledger.bytes)).status).toBe(403);
    expect((await importAs(meixian, ledger.bytes)).status).toBe(404);
    expect((await importAs(office, ledger.bytes)).status).toBe(200);
  });
});
