import { Injectable } from '@nestjs/common';
import type { HealthResponse } from '@bizenv/shared';
import { HealthRepository } from './health.repository.js';

@Injectable()
export class HealthService {
  constructor(private readonly health: HealthRepository) {}

  async check(): Promise<HealthResponse> {
    await this.health.ping();
    return { status: 'ok', db: this.health.kind() };
  }
}
