import { Injectable } from '@nestjs/common';
import type { DepartmentResponse } from '@bizenv/shared';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service.js';
import { toDepartmentResponse } from './departments.mapper.js';
import { DepartmentsRepository } from './departments.repository.js';

@Injectable()
export class DepartmentsService {
  constructor(
    private readonly departments: DepartmentsRepository,
    private readonly jurisdictions: JurisdictionsService,
  ) {}

  async listByJurisdiction(code: string): Promise<DepartmentResponse[]> {
    await this.jurisdictions.assertExists(code);
    return (await this.departments.findByJurisdiction(code)).map(toDepartmentResponse);
  }
}
