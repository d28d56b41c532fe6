import { Injectable } from '@nestjs/common';
import type { JurisdictionResponse } from '@bizenv/shared';
import { jurisdictionNotFound } from './jurisdictions.errors.js';
import { toJurisdictionResponse } from './jurisdictions.mapper.js';
import { JurisdictionsRepository } from './jurisdictions.repository.js';

@Injectable()
export class JurisdictionsService {
  constructor(private readonly jurisdictions: JurisdictionsRepository) {}

  async list(): Promise<JurisdictionResponse[]> {
    return (await this.jurisdictions.findAll()).map(toJurisdictionResponse);
  }

  async get(code: string): Promise<JurisdictionResponse> {
    const row = await this.jurisdictions.findByCode(code);
    if (!row) throw jurisdictionNotFound();
    return toJurisdictionResponse(row);
  }

  /** For routes under /jurisdictions/:code/…: an unknown code is a 404, not an empty list. */
  async assertExists(code: string): Promise<void> {
    if (!(await this.jurisdictions.exists(code))) throw jurisdictionNotFound();
  }
}
