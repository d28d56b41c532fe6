import type { PlanImportDraftResponse, SeedPlan } from '@bizenv/shared';
import { useQueryClient } from '@tanstack/react-query';
import { planImportQueryKey } from '../api/keys';
import { useUpdatePlanImport } from '../api/update-plan-import';

/**
 * Saves review edits of a draft at its version: a plan replaced in the draft's plans, or a
 * department decision. A stale version (someone else saved meanwhile) answers 409; the error
 * alert then offers to reload the draft.
 */
export function useDraftEditor(code: string, draft: PlanImportDraftResponse) {
  const update = useUpdatePlanImport(code, draft.id);
  const queryClient = useQueryClient();

  const savePlan = (plan: SeedPlan, onDone?: () => void) =>
    update.mutate(
      {
        version: draft.version,
        plans: draft.plans.map((other) => (other.key === plan.key ? plan : other)),
      },
      { onSuccess: () => onDone?.() },
    );

  const decideDepartment = (name: string, departmentId: number | null) =>
    update.mutate({ version: draft.version, departments: [{ name, departmentId }] });

  const reload = () => {
    update.reset();
    void queryClient.invalidateQueries({ queryKey: planImportQueryKey(code, draft.id) });
  };

  return { savePlan, decideDepartment, reload, saving: update.isPending, error: update.error };
}
