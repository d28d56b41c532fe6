import type { ApproveRequest, RejectRequest } from '@bizenv/shared';
import { RequiredText, VersionField } from '../../dto/fields.js';

export class ApproveRequestDto implements ApproveRequest {
  @VersionField()
  version!: number;
}

export class RejectRequestDto implements RejectRequest {
  @RequiredText('退回原因')
  reason!: string;

  @VersionField()
  version!: number;
}
