import type { CloseProblemRequest } from '@bizenv/shared';
import { Text, VersionField } from './fields.js';

export class CloseProblemDto implements CloseProblemRequest {
  @VersionField()
  version!: number;

  @Text('销号意见', { optional: true })
  reason?: string;
}
