import type {
  DepartmentResponse,
  PlanSummaryResponse,
  ProblemDetailResponse,
  TaskResponse,
} from '@bizenv/shared';
import { expect } from 'vitest';
import type { SignedInClient } from '../support/auth.js';

/** Jurisdiction codes of the seeds. */
export const LINYOU = '610329';
export const MEIXIAN = '610326';

/** The task with plan key and code, found through the API as `client` sees it. */
export async function findTask(
  client: SignedInClient,
  jurisdictionCode: string,
  planKey: string,
  code: string,
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
    tasks.flatMap((t) => [t, ...all(t.children)]);
  const task = all(tree.body).find((candidate) => candidate.code === code);
  if (!task) throw new Error(`no task ${code} in ${planKey}`);
  return task;
}

export async function findDepartment(
  client: SignedInClient,
  jurisdictionCode: string,
  name: string,
): Promise<DepartmentResponse> {
  const result = await client.get<DepartmentResponse[]>(
    `/api/jurisdictions/${jurisdictionCode}/departments`,
  );
  expect(result.status).toBe(200);
  const department = result.body.find((candidate) => candidate.name === name);
  if (!department) throw new Error(`no department ${name} in ${jurisdictionCode}`);
  return department;
}

/** Registers a problem as `client` and expects success. */
export async function createProblem(
  client: SignedInClient,
  body: Record<string, unknown>,
): Promise<ProblemDetailResponse> {
  const result = await client.post<ProblemDetailResponse>('/api/problems', body);
  expect(result.status, JSON.stringify(result.body)).toBe(201);
  return result.body;
}

/** Uploads a small PDF as `client` (POST /api/attachments); returns its id. */
export async function uploadPdf(
  client: SignedInClient,
  baseUrl: string,
  name = '整改佐证.pdf',
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
