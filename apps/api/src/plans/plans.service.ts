import { Injectable } from '@nestjs/common';
import {
  findIndicator,
  type IndicatorCode,
  isIndicatorCode,
  type LeaderResponse,
  type PlanDetailResponse,
  type PlanSummaryResponse,
  type SessionUser,
} from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service.js';
import { toLeaderResponse } from '../leaders/leaders.mapper.js';
import { planNotFound } from './plans.errors.js';
import { toPlanDetailResponse, toPlanSummaryResponse } from './plans.mapper.js';
import { PlansRepository } from './plans.repository.js';

/** Who answers for an indicator in a plan: named leaders and the words the plan used. */
export interface IndicatorLeaders {
  leaders: LeaderResponse[];
  leaderText: string | null;
}

@Injectable()
export class PlansService {
  constructor(
    private readonly plans: PlansRepository,
    private readonly jurisdictions: JurisdictionsService,
    private readonly access: AccessPolicy,
  ) {}

  async listByJurisdiction(user: SessionUser, code: string): Promise<PlanSummaryResponse[]> {
    await this.access.assertCanReadJurisdiction(user, code);
    await this.jurisdictions.assertExists(code);
    return (await this.plans.findSummariesByJurisdiction(code)).map(toPlanSummaryResponse);
  }

  async getDetail(user: SessionUser, id: number): Promise<PlanDetailResponse> {
    const summary = await this.plans.findSummaryById(id);
    if (!summary || !(await this.canRead(user, summary.jurisdictionCode))) throw planNotFound();
    const [parts, annexes] = await Promise.all([
      this.plans.findParts(id),
      this.plans.findAnnexSummaries(id),
    ]);
    return toPlanDetailResponse(summary, parts, annexes);
  }

  async getSummary(id: number): Promise<PlanSummaryResponse> {
    const summary = await this.plans.findSummaryById(id);
    if (!summary) throw planNotFound();
    return toPlanSummaryResponse(summary);
  }

  /** 404 PLAN_NOT_FOUND for a plan that does not exist or that the user may not read. */
  async assertCanRead(user: SessionUser, id: number): Promise<void> {
    const summary = await this.plans.findSummaryById(id);
    if (!summary || !(await this.canRead(user, summary.jurisdictionCode))) throw planNotFound();
  }

  private async canRead(user: SessionUser, jurisdictionCode: string): Promise<boolean> {
    return (await this.access.readableJurisdictionCodes(user)).includes(jurisdictionCode);
  }

  /**
   * Leaders of an indicator in a plan. A plan that assigns only the parent indicator
   * (获得用水用气 for 获得用水) answers for its sub-indicators too.
   */
  async getIndicatorLeaders(planId: number, indicator: IndicatorCode): Promise<IndicatorLeaders> {
    let code: string | null = indicator;
    while (code !== null && isIndicatorCode(code)) {
      const found = await this.plans.findAssignment(planId, code);
      if (found) {
        return {
          leaders: found.leaders.map(toLeaderResponse),
          leaderText: found.assignment.leaderText,
        };
      }
      code = findIndicator(code)?.parentCode ?? null;
    }
    return { leaders: [], leaderText: null };
  }
}
