import type { ProblemResponse, SessionUser } from '@bizenv/shared';

export type ProblemAction = 'edit' | 'rectify' | 'reopen' | 'close';

/**
 * What the user may do with a problem; the server checks again. The office of the problem's
 * jurisdiction edits everything until it is closed, sends a rectified problem back, and closes
 * (销号) it; the owner department records its measure and evidence and marks it 已整改.
 */
export function problemActions(
  user: SessionUser | null | undefined,
  problem: ProblemResponse,
): ProblemAction[] {
  if (!user || user.jurisdictionCode !== problem.jurisdictionCode || problem.status === 'closed')
    return [];
  if (user.role === 'office') {
    return problem.status === 'rectified' ? ['edit', 'reopen', 'close'] : ['edit'];
  }
  if (user.role === 'department' && user.departmentId === problem.ownerDepartment.id) {
    return ['rectify'];
  }
  return [];
}

/** The office registers problems of its jurisdiction; a department those of its own tasks. */
export function canCreateProblem(user: SessionUser | null | undefined): boolean {
  return user?.role === 'office' || (user?.role === 'department' && user.departmentId !== null);
}
