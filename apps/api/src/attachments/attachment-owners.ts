import { Injectable } from '@nestjs/common';
import type { SessionUser } from '@bizenv/shared';

/**
 * Decides whether `user` may read the owner object (a report, a closure request, a problem…)
 * `ownerId`; throws (any error) when not. Whoever may read the owner may download its files.
 */
export type AttachmentOwnerReader = (user: SessionUser, ownerId: number) => Promise<void>;

/**
 * The features that link attachments register here, each under its owner type, so the
 * attachments module can check downloads without importing every feature (no cycles):
 * `owners.register('report', (user, id) => reports.assertCanRead(user, id))` in onModuleInit.
 */
@Injectable()
export class AttachmentOwners {
  private readonly readers = new Map<string, AttachmentOwnerReader>();

  register(ownerType: string, reader: AttachmentOwnerReader): void {
    if (this.readers.has(ownerType))
      throw new Error(`Attachment owner "${ownerType}" registered twice`);
    this.readers.set(ownerType, reader);
  }

  /** Resolves when the user may read the owner; rejects otherwise (an unknown type included). */
  async assertCanRead(user: SessionUser, ownerType: string, ownerId: number): Promise<void> {
    const reader = this.readers.get(ownerType);
    if (!reader) throw new Error(`No reader registered for attachment owner "${ownerType}"`);
    await reader(user, ownerId);
  }
}
