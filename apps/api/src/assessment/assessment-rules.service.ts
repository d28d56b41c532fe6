import { Injectable } from '@nestjs/common';
import {
  type AssessmentRuleSet,
  type AssessmentRulesResponse,
  DEFAULT_ASSESSMENT_RULES,
  type SessionUser,
  type UpdateAssessmentRulesRequest,
  validateAssessmentRules,
} from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { assessmentRulesInvalid, versionConflict } from './assessment.errors.js';
import { AssessmentRepository } from './assessment.repository.js';

/**
 * The scoring rules of a jurisdiction and year. Without a saved row the defaults apply and the
 * version is 0; the first save sends version 0, later ones the version they read (409 else).
 */
@Injectable()
export class AssessmentRulesService {
  constructor(
    private readonly repository: AssessmentRepository,
    private readonly access: AccessPolicy,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(
    user: SessionUser,
    jurisdictionCode: string,
    year: number,
  ): Promise<AssessmentRulesResponse> {
    await this.access.assertCanReadJurisdiction(user, jurisdictionCode);
    return this.rulesOf(jurisdictionCode, year);
  }

  /** The rules in force (no permission check: callers check their own). */
  async rulesOf(jurisdictionCode: string, year: number): Promise<AssessmentRulesResponse> {
    const saved = await this.repository.findRules(jurisdictionCode, year);
    return {
      jurisdictionCode,
      year,
      rules: saved
        ? (JSON.parse(saved.row.rulesJson) as AssessmentRuleSet)
        : DEFAULT_ASSESSMENT_RULES,
      isDefault: saved === null,
      version: saved?.row.version ?? 0,
      updatedBy: saved?.authorName ?? null,
      updatedAt: saved?.row.updatedAt.toISOString() ?? null,
    };
  }

  async update(
    user: SessionUser,
    jurisdictionCode: string,
    year: number,
    request: UpdateAssessmentRulesRequest,
  ): Promise<AssessmentRulesResponse> {
    await this.access.assertOfficeOf(user, jurisdictionCode);
    const rules = normalise(request.rules);
    const problems = validateAssessmentRules(rules);
    if (problems.length > 0) throw assessmentRulesInvalid(problems);
    await this.transactions.run(async (manager) => {
      const existing = await this.repository.findRules(jurisdictionCode, year, manager);
      const values = {
        rulesJson: JSON.stringify(rules),
        updatedBy: user.id,
        updatedAt: this.clock.now(),
      };
      if (existing === null) {
        if (request.version !== 0) throw versionConflict();
        if (!(await this.repository.insertRules(manager, { jurisdictionCode, year, ...values }))) {
          throw versionConflict();
        }
      } else if (
        !(await this.repository.updateRules(
          manager,
          { jurisdictionCode, year },
          values,
          request.version,
        ))
      ) {
        throw versionConflict();
      }
      await this.audit.record(manager, {
        action: 'assessment.rules.update',
        targetType: 'assessment_rule_set',
        targetId: `${jurisdictionCode}/${year}`,
        before: existing ? (JSON.parse(existing.row.rulesJson) as unknown) : null,
        after: rules,
      });
    });
    return this.rulesOf(jurisdictionCode, year);
  }
}

/** Keeps only the known fields, so nothing else is stored with the rules. */
function normalise(rules: AssessmentRuleSet): AssessmentRuleSet {
  return {
    baseScore: rules.baseScore,
    floor: rules.floor,
    cap: rules.cap,
    points: {
      on_time_completion: rules.points.on_time_completion,
      late_completion: rules.points.late_completion,
      late_report: rules.points.late_report,
      missing_report: rules.points.missing_report,
      missed_target: rules.points.missed_target,
      supervision_notice: rules.points.supervision_notice,
      bulletin_criticism: rules.points.bulletin_criticism,
    },
  };
}
