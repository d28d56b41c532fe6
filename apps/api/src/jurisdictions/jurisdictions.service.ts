import { Injectable } from '@nestjs/common';
import type { JurisdictionResponse, SessionUser } from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { jurisdictionNotFound } from './jurisdictions.errors.js';
import { toJurisdictionResponse } from './jurisdictions.mapper.js';
import { JurisdictionsRepository } from './jurisdictions.repository.js';

@Injectable()
export class JurisdictionsService {
  constructor(
    private readonly jurisdictions: JurisdictionsRepository,
    private readonly access: AccessPolicy,
  ) {}

  /** The jurisdictions the user may see (its own, and a city's counties; all for a system admin). */
  async list(user: SessionUser): Promise<JurisdictionResponse[]> {
    const visible = new Set(await this.access.catalogJurisdictionCodes(user));
    return (await this.jurisdictions.findAll())
      .filter((row) => visible.has(row.code))
      .map(toJurisdictionResponse);
  }

  async get(user: SessionUser, code: string): Promise<JurisdictionResponse> {
    await this.assertVisible(user, code);
    const row = await this.jurisdictions.findByCode(code);
    if (!row) throw jurisdictionNotFound();
    return toJurisdictionResponse(row);
  }

  /** For routes under /jurisdictions/:code/…: an unknown code is a 404, not an empty list. */
  async assertExists(code: string): Promise<void> {
    if (!(await this.jurisdictions.exists(code))) throw jurisdictionNotFound();
  }

  /** Catalog routes (the jurisdiction, its departments): 404 when the user may not see it. */
  async assertVisible(user: SessionUser, code: string): Promise<void> {
    if (!(await this.access.catalogJurisdictionCodes(user)).includes(code)) {
      throw jurisdictionNotFound();
    }
    await this.assertExists(code);
  }
}
