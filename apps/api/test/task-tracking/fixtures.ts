import type {
  DepartmentResponse,
  PlanSummaryResponse,
  TaskDetailResponse,
  TaskEventResponse,
  TaskResponse,
} from '@bizenv/shared';
import { expect } from 'vitest';
import type { SignedInClient } from '../support/auth.js';

/** Jurisdiction codes of the seeds. */
export const LINYOU = '610329';
export const MEIXIAN = '610326';

/** The main plan of 麟游 (2021), whose task "1" and "2" are led by 县行政审批服务局 (linyou.xzsp). */
export const LINYOU_PLAN = 'linyou-2021';

/** The task with plan key and code, found through the API as `client` sees it. */
export async function findTask(
  client: SignedInClient,
  code: string,
  jurisdictionCode = LINYOU,
  planKey = LINYOU_PLAN,
): Promise<TaskResponse> {
  const plans = await client.get<PlanSummaryResponse[]>(
    `/api/jurisdictions/${jurisdictionCode}/plans`,
  );
  expect(plans.status).toBe(200);
  const plan = plans.body.find((candidate) => candidate.key === planKey);
  if (!plan) throw new Error(`no plan ${planKey} in ${jurisdictionCode}`);
  const tree = await client.get<TaskResponse[]>(`/api/plans/${plan.id}/tasks`);
  expect(tree.status).toBe(200);
  const all = (tasks: TaskResponse[]): TaskResponse[] =>
    tasks.flatMap((task) => [task, ...all(task.children)]);
  const task = all(tree.body).find((candidate) => candidate.code === code);
  if (!task) throw new Error(`no task ${code} in ${planKey}`);
  return task;
}

/** GET /api/tasks/:id, expecting success. */
export async function getTask(client: SignedInClient, id: number): Promise<TaskDetailResponse> {
  const result = await client.get<TaskDetailResponse>(`/api/tasks/${id}`);
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  return result.body;
}

/** GET /api/tasks/:id/events, expecting success. */
export async function getEvents(client: SignedInClient, id: number): Promise<TaskEventResponse[]> {
  const result = await client.get<TaskEventResponse[]>(`/api/tasks/${id}/events`);
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  return result.body;
}

export async function findDepartment(
  client: SignedInClient,
  name: string,
  jurisdictionCode = LINYOU,
): Promise<DepartmentResponse> {
  const result = await client.get<DepartmentResponse[]>(
    `/api/jurisdictions/${jurisdictionCode}/departments`,
  );
  expect(result.status).toBe(200);
  const department = result.body.find((candidate) => candidate.name === name);
  if (!department) throw new Error(`no department ${name} in ${jurisdictionCode}`);
  return department;
}

/** Uploads a small PDF as `client` (POST /api/attachments); returns its id. */
export async function uploadPdf(
  client: SignedInClient,
  baseUrl: string,
  name = '销号佐证.pdf',
): Promise<string> {
  const form = new FormData();
  form.append(
    'file',
    new Blob([`%PDF-1.4\n% ${name}\n%%EOF\n`], { type: 'application/pdf' }),
    name,
  );
  const response = await fetch(`${baseUrl}/api/attachments`, {
    method: 'POST',
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken },
    body: form,
  });
  const body = (await response.json()) as { id: string };
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body.id;
}

/** An error body is Chinese for users: at least one CJK character. */
export function expectChinese(message: unknown): void {
  expect(message).toEqual(expect.stringMatching(/[\u4e00-\u9fff]/));
}
