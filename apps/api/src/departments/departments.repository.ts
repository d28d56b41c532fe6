import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DepartmentEntity } from './department.entity.js';

@Injectable()
export class DepartmentsRepository {
  constructor(
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
  ) {}

  /** In catalog order (ids follow the order of the catalog file). */
  findByJurisdiction(jurisdictionCode: string): Promise<DepartmentEntity[]> {
    return this.departments.find({ where: { jurisdictionCode }, order: { id: 'ASC' } });
  }
}
