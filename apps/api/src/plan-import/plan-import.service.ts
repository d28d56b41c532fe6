import { Injectable } from '@nestjs/common';
import type {
  PlanImportCommitResponse,
  PlanImportDraftResponse,
  SessionUser,
  UpdatePlanImportRequest,
} from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { forbidden } from '../access/access.errors.js';
import { AppError } from '../common/app-error.js';
import { checkSeedReferences } from '../seeding/seed-references.js';
import { SeedError } from '../seeding/seed.errors.js';
import { buildDraft, type DraftContent, type ParseChoices } from './draft-builder.js';
import { applyDraftEdit, departmentNamesOf } from './draft-edits.js';
import type { PlanImportDraftEntity } from './plan-import-draft.entity.js';
import { planImportNotFound, planImportPlanExists, versionConflict } from './plan-import.errors.js';
import { toPlanImportDraftResponse } from './plan-import.mapper.js';
import { PlanImportRepository } from './plan-import.repository.js';
import type { PlanSourceText } from './plan-source.js';

/** Plan document import: drafts the office reviews, then one commit. Office of the jurisdiction only. */
@Injectable()
export class PlanImportService {
  constructor(
    private readonly repository: PlanImportRepository,
    private readonly policy: AccessPolicy,
  ) {}

  /** Checks access first, so a refused caller never has its document read. */
  async assertMayImport(user: SessionUser, code: string): Promise<void> {
    await this.policy.assertOfficeOf(user, code);
  }

  async create(
    user: SessionUser,
    code: string,
    source: PlanSourceText,
    choices: ParseChoices,
  ): Promise<PlanImportDraftResponse> {
    await this.assertMayImport(user, code);
    const catalog = await this.repository.catalog(code);
    const content = buildDraft(source, code, catalog, choices);
    const id = await this.repository.insertDraft({
      jurisdictionCode: code,
      fileName: source.fileName,
      sourceText: source.original,
      content: JSON.stringify(content),
      createdBy: user.id,
    });
    return this.get(user, code, id);
  }

  async get(user: SessionUser, code: string, id: number): Promise<PlanImportDraftResponse> {
    return toPlanImportDraftResponse(await this.draft(user, code, id));
  }

  async update(
    user: SessionUser,
    code: string,
    id: number,
    edit: UpdatePlanImportRequest,
  ): Promise<PlanImportDraftResponse> {
    const draft = await this.draft(user, code, id);
    if (draft.version !== edit.version) throw versionConflict();
    const catalog = await this.repository.catalog(code);
    const departmentById = async (departmentId: number) => {
      const department = await this.repository.findDepartment(departmentId);
      return department?.jurisdictionCode === code ? department.name : null;
    };
    const names = new Map<number, string | null>();
    for (const mapping of edit.departments ?? []) {
      if (mapping.departmentId !== null)
        names.set(mapping.departmentId, await departmentById(mapping.departmentId));
    }
    const content = applyDraftEdit(
      contentOf(draft),
      edit,
      catalog.departmentIds,
      (departmentId) => names.get(departmentId) ?? null,
    );
    if (!(await this.repository.updateDraft(id, edit.version, JSON.stringify(content))))
      throw versionConflict();
    return this.get(user, code, id);
  }

  async remove(user: SessionUser, code: string, id: number): Promise<void> {
    await this.draft(user, code, id);
    await this.repository.deleteDraft(id);
  }

  async commit(user: SessionUser, code: string, id: number): Promise<PlanImportCommitResponse> {
    const draft = await this.draft(user, code, id);
    const content = contentOf(draft);
    if (await this.repository.planExists(code, content.plans[0]!)) throw planImportPlanExists();
    const catalog = await this.repository.catalog(code);
    const used = departmentNamesOf(content.plans);
    const newDepartments = content.departments.flatMap(({ name, decision }) =>
      decision.kind === 'new' && used.has(name) && !catalog.departmentIds.has(name)
        ? [{ name, kind: decision.departmentKind }]
        : [],
    );
    const newLeaders = content.newLeaders.filter(
      (leader) => !catalog.leaders.some((known) => known.name === leader.name),
    );
    checkReferences(code, content, catalog, newDepartments, newLeaders);
    const written = await this.repository.commit(id, {
      jurisdictionCode: code,
      newDepartments,
      newLeaders,
      plans: content.plans,
    });
    return { ...written, departmentsCreated: newDepartments.length };
  }

  /** A draft is seen by its jurisdiction's own office only: anyone else's office gets 404. */
  private async draft(user: SessionUser, code: string, id: number): Promise<PlanImportDraftEntity> {
    if (user.role !== 'office') throw forbidden();
    if (user.jurisdictionCode !== code) throw planImportNotFound();
    const draft = await this.repository.findDraft(id);
    if (!draft || draft.jurisdictionCode !== code) throw planImportNotFound();
    return draft;
  }
}

function contentOf(draft: PlanImportDraftEntity): DraftContent {
  return JSON.parse(draft.content) as DraftContent;
}

/** The seeds' reference check on the plans as they will be written, before the transaction. */
function checkReferences(
  code: string,
  content: DraftContent,
  catalog: Awaited<ReturnType<PlanImportRepository['catalog']>>,
  newDepartments: { name: string; kind: string }[],
  newLeaders: { name: string; title: string }[],
): void {
  try {
    checkSeedReferences({
      catalog: {
        jurisdictions: [
          {
            code,
            name: code,
            level: 'county',
            parentCode: null,
            departments: [
              ...catalog.departments.map((d) => ({ ...d, aliases: [] })),
              ...newDepartments.map((d) => ({ name: d.name, kind: 'other' as const, aliases: [] })),
            ],
            leaders: [...catalog.leaders, ...newLeaders],
          },
        ],
      },
      plans: content.plans.map((plan) => ({ file: plan.key, plan })),
    });
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    throw new AppError(
      'PLAN_IMPORT_INVALID_EDIT',
      error.message.replace(/^种子数据引用有误：/, '草稿内容有误：'),
    );
  }
}
