import type { JurisdictionResponse } from '@bizenv/shared';
import type { JurisdictionRow } from './jurisdictions.repository.js';

export function toJurisdictionResponse(row: JurisdictionRow): JurisdictionResponse {
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    parentCode: row.parentCode,
    planCount: row.planCount,
  };
}
