import type { PlanSummaryResponse, TaskResponse } from '@bizenv/shared';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { SignedInClient } from '../support/auth.js';
import type { HttpResult } from '../support/test-app.js';

export const LINYOU = '610329';
export const MEIXIAN = '610326';

export async function findPlanId(client: SignedInClient, code: string, key: string) {
  const plans = await client.get<PlanSummaryResponse[]>(`/api/jurisdictions/${code}/plans`);
  expect(plans.status).toBe(200);
  const plan = plans.body.find((candidate) => candidate.key === key);
  if (!plan) throw new Error(`no plan ${key}`);
  return plan.id;
}

/** Every task of a plan, flattened, as the API shows it (versions and statuses included). */
export async function planTasks(client: SignedInClient, planId: number): Promise<TaskResponse[]> {
  const tree = await client.get<TaskResponse[]>(`/api/plans/${planId}/tasks`);
  expect(tree.status).toBe(200);
  const all = (tasks: TaskResponse[]): TaskResponse[] =>
    tasks.flatMap((t) => [t, ...all(t.children)]);
  return all(tree.body);
}

/** GET returning the raw bytes (the JSON helpers would read a file as text). */
export async function download(
  client: SignedInClient,
  baseUrl: string,
  path: string,
): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const response = await fetch(baseUrl + path, { headers: { cookie: client.cookie } });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

/** POSTs `bytes` as the one file of a multipart form. */
export async function upload<T>(
  client: SignedInClient,
  baseUrl: string,
  path: string,
  bytes: Buffer | null,
  name = '台账.xlsx',
): Promise<HttpResult<T>> {
  const form = new FormData();
  if (bytes) form.append('file', new Blob([new Uint8Array(bytes)]), name);
  else form.append('note', 'no file');
  const response = await fetch(baseUrl + path, {
    method: 'POST',
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken },
    body: form,
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The values of the 台账 sheet as text, row by row (header included). */
export function sheetValues(workbook: ExcelJS.Workbook): string[][] {
  const rows: string[][] = [];
  workbook.getWorksheet('台账')!.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text));
    rows.push(cells);
  });
  return rows;
}

/** The 1-based row of the ledger whose 任务键 is `key`. */
export function rowOfKey(workbook: ExcelJS.Workbook, key: string): ExcelJS.Row {
  const sheet = workbook.getWorksheet('台账')!;
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).text === key) found = row;
  });
  if (!found) throw new Error(`no row ${key}`);
  return found;
}
