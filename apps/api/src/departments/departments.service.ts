import { Injectable } from '@nestjs/common';
import type { DepartmentResponse, SessionUser } from '@bizenv/shared';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service.js';
import { toDepartmentResponse } from './departments.mapper.js';
import { DepartmentsRepository } from './departments.repository.js';

@Injectable()
export class DepartmentsService {
  constructor(
    private readonly departments: DepartmentsRepository,
    private readonly jurisdictions: JurisdictionsService,
  ) {}

  async listByJurisdiction(user: SessionUser, code: string): Promise<DepartmentResponse[]> {
    await this.jurisdictions.assertVisible(user, code);
    return (await this.departments.findByJurisdiction(code)).map(toDepartmentResponse);
  }
}
