import type { PlanImportUnsureField, SeedTask } from '@bizenv/shared';

export const UNSURE_LABELS: Record<PlanImportUnsureField, string> = {
  leadDepartments: '牵头单位',
  supportDepartments: '配合单位',
  deadline: '完成时限',
  targets: '量化目标',
};

export function deadlineText(deadline: SeedTask['deadline']): string {
  if (deadline.kind === 'none') return '未规定';
  return deadline.printed;
}
