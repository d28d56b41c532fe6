import type { DepartmentResponse } from '@bizenv/shared';
import type { DepartmentEntity } from './department.entity.js';

export function toDepartmentResponse(
  department: Pick<DepartmentEntity, 'id' | 'name' | 'kind'>,
): DepartmentResponse {
  return { id: department.id, name: department.name, kind: department.kind };
}
