import { Injectable } from '@nestjs/common';
import {
  findIndicator,
  type IndicatorCode,
  isIndicatorCode,
  type LeaderResponse,
  type PlanDetailResponse,
  type PlanSummaryResponse,
} from '@bizenv/shared';
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
  ) {}

  async listByJurisdiction(code: string): Promise<PlanSummaryResponse[]> {
    await this.jurisdictions.assertExists(code);
    return (await this.plans.findSummariesByJurisdiction(code)).map(toPlanSummaryResponse);
  }

  async getDetail(id: number): Promise<PlanDetailResponse> {
    const summary = await this.plans.findSummaryById(id);
    if (!summary) throw planNotFound();
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

  async assertExists(id: number): Promise<void> {
    if (!(await this.plans.exists(id))) throw planNotFound();
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
