import { Injectable } from '@nestjs/common';
import { type SessionUser, TASK_STATUS_LABELS } from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { planNotFound } from '../plans/plans.errors.js';
import { buildLedgerWorkbook, type LedgerCells } from './ledger-workbook.js';
import { type LedgerPlan, LedgersRepository, type LedgerTaskRow } from './ledgers.repository.js';

/** The stable key of a task in ledgers: the plan's key and the task's own code. */
export function taskKey(plan: Pick<LedgerPlan, 'key'>, task: Pick<LedgerTaskRow, 'code'>): string {
  return `${plan.key}#${task.code}`;
}

/** Builds the ledger (台账) of a plan and the blank template. */
@Injectable()
export class LedgerExportService {
  constructor(
    private readonly ledgers: LedgersRepository,
    private readonly policy: AccessPolicy,
  ) {}

  /** A plan the user may read as a whole (office, leaders, viewers); 404 otherwise. */
  async readablePlan(user: SessionUser, planId: number): Promise<LedgerPlan> {
    const plan = await this.ledgers.findPlan(planId);
    if (!plan) throw planNotFound();
    const readable = await this.policy.readableJurisdictionCodes(user);
    if (!readable.includes(plan.jurisdictionCode)) throw planNotFound();
    return plan;
  }

  async exportPlan(user: SessionUser, planId: number): Promise<{ key: string; bytes: Buffer }> {
    const plan = await this.readablePlan(user, planId);
    const [tasks, departments, targets, actuals, progress] = await Promise.all([
      this.ledgers.tasks(plan.id),
      this.ledgers.departments(plan.id),
      this.ledgers.targets(plan.id),
      this.ledgers.actuals(plan.id),
      this.ledgers.progress(plan.id),
    ]);
    const latestActual = firstBy(actuals, (a) => a.targetId);
    const latestProgress = firstBy(progress, (p) => p.taskId);
    const rows = tasks.map((task): LedgerCells => {
      const names = (role: 'lead' | 'support') =>
        departments
          .filter((d) => d.taskId === task.id && d.role === role)
          .map((d) => d.name)
          .join('、');
      const targetText = targets
        .filter((t) => t.taskId === task.id)
        .map((t) => {
          const actual = latestActual.get(t.targetId);
          return `${t.printed}（目标 ${t.value}${t.unit}；最新实际 ${
            actual ? `${actual.value}${actual.unit}` : '未报'
          }）`;
        })
        .join('\n');
      return {
        taskKey: taskKey(plan, task),
        code: task.code,
        indicator: task.indicatorName ?? '',
        title: task.title,
        body: task.body,
        leadDepartments: names('lead'),
        supportDepartments: names('support'),
        leader: task.leaderText ?? '',
        deadline: task.deadlinePrinted ?? task.deadlineDate ?? '',
        status: TASK_STATUS_LABELS[task.status],
        latestProgress: latestProgress.get(task.id)?.workDone ?? '',
        completionPercent: task.completionPercent === null ? '' : String(task.completionPercent),
        targets: targetText,
      };
    });
    return { key: plan.key, bytes: await buildLedgerWorkbook(rows) };
  }

  template(): Promise<Buffer> {
    return buildLedgerWorkbook([]);
  }
}

/** The first item per key of a list sorted newest first. */
function firstBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T> {
  const map = new Map<K, T>();
  for (const item of items) if (!map.has(keyOf(item))) map.set(keyOf(item), item);
  return map;
}
