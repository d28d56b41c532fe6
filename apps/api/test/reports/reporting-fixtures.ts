import type { PlanSummaryResponse, TaskResponse } from '@bizenv/shared';
import { Clock } from '../../src/common/clock.js';
import type { SignedInClient } from '../support/auth.js';
import type { RunningApp } from '../support/test-app.js';

/** 麟游县 (610329) and its main plan, where the demo departments have their tasks. */
export const LINYOU = '610329';
const LINYOU_PLAN_KEY = 'linyou-2021';

/** Stops the app's clock at a moment given in Beijing time ("2025-07-10T10:00"). */
export function freezeChinaTime(api: RunningApp, beijingTime: string): void {
  api.app.get(Clock).set(new Date(`${beijingTime}:00+08:00`));
}

/** The task with `code` in the 麟游 plan (top level), read through the API as `client` sees it. */
export async function linyouTask(client: SignedInClient, code: string): Promise<TaskResponse> {
  const plans = await client.get<PlanSummaryResponse[]>(`/api/jurisdictions/${LINYOU}/plans`);
  const plan = plans.body.find((candidate) => candidate.key === LINYOU_PLAN_KEY);
  if (!plan) throw new Error(`plan ${LINYOU_PLAN_KEY} not visible (${plans.status})`);
  const tasks = await client.get<TaskResponse[]>(`/api/plans/${plan.id}/tasks`);
  const task = tasks.body.find((candidate) => candidate.code === code);
  if (!task) throw new Error(`task ${code} not found in ${LINYOU_PLAN_KEY}`);
  return task;
}
