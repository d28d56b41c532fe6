import type { PlanImportDraftResponse } from '@bizenv/shared';
import type { DraftContent } from './draft-builder.js';
import type { PlanImportDraftEntity } from './plan-import-draft.entity.js';

export function toPlanImportDraftResponse(draft: PlanImportDraftEntity): PlanImportDraftResponse {
  const content = JSON.parse(draft.content) as DraftContent;
  return {
    id: draft.id,
    jurisdictionCode: draft.jurisdictionCode,
    sourceKind: content.sourceKind,
    fileName: draft.fileName,
    encoding: content.encoding,
    convertedFromTraditional: content.convertedFromTraditional,
    sourceText: draft.sourceText,
    plans: content.plans,
    tasks: content.tasks,
    departments: content.departments,
    newLeaders: content.newLeaders,
    issues: content.issues,
    version: draft.version,
    createdAt: draft.createdAt.toISOString(),
    updatedAt: draft.updatedAt.toISOString(),
  };
}
