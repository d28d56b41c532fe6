import type {
  DepartmentResponse,
  PlanSummaryResponse,
  ReportDetailResponse,
  TaskResponse,
  TargetResponse,
} from '@bizenv/shared';
import { Clock } from '../../src/common/clock.js';
import type { SignedInClient } from '../support/auth.js';
import type { RunningApp } from '../support/test-app.js';

export const LINYOU = '610329';

/** Stops the app's clock at a moment in Beijing time ("2025-07-10T10:00"). */
export function freezeChinaTime(api: RunningApp, beijingTime: string): void {
  api.app.get(Clock).set(new Date(`${beijingTime}:00+08:00`));
}

function expectStatus<T>(what: string, result: { status: number; body: T }, status: number): T {
  if (result.status !== status) {
    throw new Error(
      `${what}: expected ${status}, got ${result.status} ${JSON.stringify(result.body)}`,
    );
  }
  return result.body;
}

/** Every task (any level) of the jurisdiction's plans, as `client` sees them. */
export async function allTasks(client: SignedInClient, code: string): Promise<TaskResponse[]> {
  const plans = await client.get<PlanSummaryResponse[]>(`/api/jurisdictions/${code}/plans`);
  const trees = await Promise.all(
    plans.body.map((plan) =>
      client.get<(TaskResponse & { children?: TaskResponse[] })[]>(`/api/plans/${plan.id}/tasks`),
    ),
  );
  const flatten = (tasks: (TaskResponse & { children?: TaskResponse[] })[]): TaskResponse[] =>
    tasks.flatMap((task) => [task, ...flatten(task.children ?? [])]);
  return trees.flatMap((tree) => flatten(tree.body));
}

export async function departmentNamed(client: SignedInClient, code: string, name: string) {
  const result = await client.get<DepartmentResponse[]>(`/api/jurisdictions/${code}/departments`);
  const department = result.body.find((candidate) => candidate.name === name);
  if (!department) throw new Error(`no department ${name} in ${code}`);
  return department;
}

/** An actual that meets the target (its own value) or misses it by one unit, by direction. */
export function actualFor(target: TargetResponse, meets: boolean): number {
  if (meets) return target.value;
  return target.comparator === 'gte' ? target.value - 1 : target.value + 1;
}

/** Creates (or updates) and submits the department's report on a task for a period. */
export async function submitReport(
  client: SignedInClient,
  task: TaskResponse,
  period: string,
  /** For the lead's report: whether the first target is met (the others always are). */
  lead: { meets: boolean } | null,
): Promise<ReportDetailResponse> {
  const saved = expectStatus(
    `save report ${task.code} ${period}`,
    await client.put<ReportDetailResponse>(`/api/tasks/${task.id}/reports/${period}`, {
      workDone: `${period} 工作进展`,
      ...(lead && {
        completionPercent: 50,
        targetActuals: task.targets.map((target, index) => ({
          targetId: target.id,
          value: actualFor(target, index > 0 || lead.meets),
        })),
      }),
    }),
    200,
  );
  return expectStatus(
    `submit report ${task.code} ${period}`,
    await client.post<ReportDetailResponse>(`/api/reports/${saved.id}/submit`, {
      version: saved.version,
    }),
    200,
  );
}

/** The lead department asks to close a task with one evidence file (→ 已完成（待销号）). */
export async function requestClosure(
  client: SignedInClient,
  baseUrl: string,
  task: TaskResponse,
): Promise<void> {
  const form = new FormData();
  form.append(
    'file',
    new Blob(['%PDF-1.4\n% 销号佐证\n%%EOF\n'], { type: 'application/pdf' }),
    '销号佐证.pdf',
  );
  const upload = await fetch(`${baseUrl}/api/attachments`, {
    method: 'POST',
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken },
    body: form,
  });
  const { id } = (await upload.json()) as { id: string };
  expectStatus(
    `closure request ${task.code}`,
    await client.post(`/api/tasks/${task.id}/closure-requests`, {
      note: '已完成',
      attachmentIds: [id],
      version: task.version,
    }),
    201,
  );
}

/** Drafts and issues a notice to a department as the office. */
export async function issueNotice(
  office: SignedInClient,
  departmentId: number,
  taskId: number,
  level: 'reminder' | 'supervision' | 'circular',
): Promise<void> {
  const draft = expectStatus(
    'draft notice',
    await office.post<{ id: number; version: number }>('/api/notices', {
      departmentId,
      taskId,
      reason: '任务推进缓慢，请说明原因',
      level,
      responseDue: '2099-12-31',
    }),
    201,
  );
  expectStatus(
    'issue notice',
    await office.post(`/api/notices/${draft.id}/issue`, { version: draft.version }),
    200,
  );
}

export { expectStatus };
