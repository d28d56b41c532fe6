import { Injectable } from '@nestjs/common';
import {
  type AssessmentResultsResponse,
  type AssessmentTable,
  chinaDateOf,
  type PublishedAssessmentResponse,
  type PublishedAssessmentSummary,
  rankDepartments,
  type SessionUser,
} from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { AssessmentFactsService } from './assessment-facts.service.js';
import { AssessmentRulesService } from './assessment-rules.service.js';
import {
  assessmentYearInvalid,
  publicationNotFound,
  versionConflict,
} from './assessment.errors.js';
import { toPublishedResponse, toPublishedSummary } from './assessment.mapper.js';
import { AssessmentRepository } from './assessment.repository.js';

/**
 * Live results (recomputed on every call from the facts and the rules in force) and published
 * snapshots (frozen JSON; publishing again adds a new version, the latest is in force).
 * Readers: office, leaders and city viewers of the jurisdiction or of the city above it (the
 * route refuses departments with 403); other jurisdictions answer 404.
 */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly repository: AssessmentRepository,
    private readonly rules: AssessmentRulesService,
    private readonly facts: AssessmentFactsService,
    private readonly access: AccessPolicy,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async results(
    user: SessionUser,
    jurisdictionCode: string,
    year: number,
  ): Promise<AssessmentResultsResponse> {
    await this.access.assertCanReadJurisdiction(user, jurisdictionCode);
    return this.compute(jurisdictionCode, year);
  }

  async publish(
    user: SessionUser,
    jurisdictionCode: string,
    year: number,
  ): Promise<PublishedAssessmentResponse> {
    await this.access.assertOfficeOf(user, jurisdictionCode);
    const table = await this.compute(jurisdictionCode, year);
    const publishedAt = this.clock.now();
    const id = await this.transactions.run(async (manager) => {
      const publicationVersion = await this.repository.nextPublicationVersion(
        manager,
        jurisdictionCode,
        year,
      );
      const newId = await this.repository.insertPublication(manager, {
        jurisdictionCode,
        year,
        publicationVersion,
        tableJson: JSON.stringify(table),
        departmentCount: table.departments.length,
        publishedBy: user.id,
        publishedAt,
      });
      // Two publishes at once (PostgreSQL): the one that lost the version answers 409.
      if (newId === null) throw versionConflict();
      await this.audit.record(manager, {
        action: 'assessment.publish',
        targetType: 'assessment_publication',
        targetId: newId,
        after: { jurisdictionCode, year, publicationVersion, rulesVersion: table.rulesVersion },
      });
      return newId;
    });
    const saved = await this.repository.findPublication({ id });
    return toPublishedResponse(saved!);
  }

  async publications(
    user: SessionUser,
    jurisdictionCode: string,
    year: number,
  ): Promise<PublishedAssessmentSummary[]> {
    await this.access.assertCanReadJurisdiction(user, jurisdictionCode);
    return (await this.repository.listPublications(jurisdictionCode, year)).map(toPublishedSummary);
  }

  async published(
    user: SessionUser,
    jurisdictionCode: string,
    year: number,
    version: number,
  ): Promise<PublishedAssessmentResponse> {
    await this.access.assertCanReadJurisdiction(user, jurisdictionCode);
    const saved = await this.repository.findPublication({
      jurisdictionCode,
      year,
      publicationVersion: version,
    });
    if (!saved) throw publicationNotFound();
    return toPublishedResponse(saved);
  }

  private async compute(jurisdictionCode: string, year: number): Promise<AssessmentTable> {
    const now = this.clock.now();
    if (year > Number(chinaDateOf(now).slice(0, 4))) throw assessmentYearInvalid();
    const [rules, name] = await Promise.all([
      this.rules.rulesOf(jurisdictionCode, year),
      this.repository.jurisdictionName(jurisdictionCode),
    ]);
    const { asOf, departments } = await this.facts.collect(jurisdictionCode, year, now);
    return {
      jurisdictionCode,
      jurisdictionName: name ?? jurisdictionCode,
      year,
      asOf,
      rules: rules.rules,
      rulesVersion: rules.version,
      departments: rankDepartments(departments, rules.rules),
    };
  }
}
