import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import type { AttachmentResponse, SessionUser } from '@bizenv/shared';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { EntityManager } from '../database/entity-manager.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import type { AttachmentEntity } from './attachment.entity.js';
import { AttachmentOwners } from './attachment-owners.js';
import { AttachmentStorage } from './attachment-storage.js';
import {
  attachmentNameInvalid,
  attachmentNotFound,
  attachmentNotUsable,
  attachmentTooLarge,
  attachmentTypeNotAllowed,
} from './attachments.errors.js';
import { toAttachmentResponse } from './attachments.mapper.js';
import { AttachmentsRepository } from './attachments.repository.js';
import { contentDisposition, sanitizeFileName } from './file-name.js';
import { detectFileType, FILE_SIGNATURE_BYTES, isZip } from './file-type.js';

/** Later than any upload: "older than this" means any unlinked upload. */
const FAR_FUTURE = new Date('9999-12-31T23:59:59.999Z');

/** One file part of a multipart upload. `truncated` is set by the parser past the size limit. */
export interface IncomingFile {
  fileName: string;
  stream: Readable & { truncated?: boolean };
}

export interface Download {
  stream: Readable;
  mediaType: string;
  size: number;
  contentDisposition: string;
}

/**
 * Evidence files: upload (checked, hashed, stored under a random id), metadata, download with a
 * permission check, and linking to an owner for the features that use them.
 */
@Injectable()
export class AttachmentsService {
  private readonly maxBytes: number;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly attachments: AttachmentsRepository,
    private readonly storage: AttachmentStorage,
    private readonly owners: AttachmentOwners,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    this.maxBytes = config.maxUploadMb * 1024 * 1024;
  }

  /**
   * Streams the file to a temporary file, then checks size, content type and name; a refused
   * file leaves nothing behind. The row and the permanent file appear together or not at all.
   */
  async upload(user: SessionUser, incoming: IncomingFile): Promise<AttachmentResponse> {
    const received = await this.storage.receive(incoming.stream);
    let kept = false;
    const id = randomUUID();
    try {
      if (incoming.stream.truncated || received.size > this.maxBytes) {
        throw attachmentTooLarge(this.config.maxUploadMb);
      }
      const type = detectFileType(await this.contentForDetection(received.tempPath));
      if (!type) throw attachmentTypeNotAllowed();
      const originalName = sanitizeFileName(incoming.fileName, type);
      if (originalName === null) throw attachmentNameInvalid();
      const row: AttachmentEntity = {
        id,
        originalName,
        mediaType: type.mediaType,
        size: received.size,
        sha256: received.sha256,
        storageKey: id,
        uploadedBy: user.id,
        uploadedAt: this.clock.now(),
        ownerType: null,
        ownerId: null,
      };
      await this.storage.keep(received.tempPath, id);
      kept = true;
      await this.transactions.run(async (manager) => {
        await this.attachments.insert(manager, row);
        await this.audit.record(manager, {
          action: 'attachment.upload',
          targetType: 'attachment',
          targetId: id,
          after: {
            originalName,
            mediaType: type.mediaType,
            size: received.size,
            sha256: received.sha256,
          },
        });
      });
      return toAttachmentResponse(row);
    } catch (error) {
      await (kept ? this.storage.remove(id) : this.storage.discardTemp(received.tempPath));
      throw error;
    }
  }

  /** Takes back a fresh upload of a request refused after it was stored (still unlinked). */
  async discardUpload(id: string): Promise<void> {
    const removed = await this.transactions.run(async (manager) => {
      const deleted = await this.attachments.deleteUnlinked(manager, [id], FAR_FUTURE);
      if (deleted.length > 0) {
        await this.audit.record(manager, {
          action: 'attachment.discard',
          targetType: 'attachment',
          targetId: id,
        });
      }
      return deleted;
    });
    // The storage key of an upload is its id.
    for (const key of removed) await this.storage.remove(key);
  }

  /** Only a ZIP container needs reading whole (its directory is at the end); the rest, the head. */
  private async contentForDetection(tempPath: string): Promise<Buffer> {
    const head = await this.storage.readTempHead(tempPath, FILE_SIGNATURE_BYTES);
    return isZip(head) ? this.storage.readTemp(tempPath) : head;
  }

  async get(user: SessionUser, id: string): Promise<AttachmentResponse> {
    return toAttachmentResponse(await this.findReadable(user, id));
  }

  async download(user: SessionUser, id: string): Promise<Download> {
    const row = await this.findReadable(user, id);
    const extension = row.originalName.slice(row.originalName.lastIndexOf('.') + 1);
    return {
      stream: this.storage.open(row.storageKey),
      mediaType: row.mediaType,
      size: row.size,
      contentDisposition: contentDisposition(row.originalName, extension),
    };
  }

  /** The files an owner holds, for the owner's feature to show (its own read check done). */
  async listOwned(ownerType: string, ownerIds: number[]): Promise<AttachmentEntity[]> {
    return this.attachments.findByOwner(ownerType, ownerIds);
  }

  /**
   * Links files to an owner inside the caller's transaction. Each must exist, be the user's
   * own upload and be unlinked; otherwise 400 ATTACHMENT_NOT_USABLE and the caller's
   * transaction rolls back, so nothing is written.
   */
  async link(
    manager: EntityManager,
    user: SessionUser,
    ids: string[],
    ownerType: string,
    ownerId: number,
  ): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length !== ids.length) throw attachmentNotUsable();
    const changed = await this.attachments.link(manager, unique, user.id, ownerType, ownerId);
    if (changed !== unique.length) throw attachmentNotUsable();
  }

  /** Releases files from their owner; they expire a day after upload like unlinked uploads. */
  unlink(manager: EntityManager, ids: string[], ownerType: string, ownerId: number): Promise<void> {
    return this.attachments.unlink(manager, ids, ownerType, ownerId);
  }

  /**
   * The uploader may read a file until it is linked; then whoever may read its owner may.
   * Anything else is 404, so ids do not even confirm that a file exists.
   */
  private async findReadable(user: SessionUser, id: string): Promise<AttachmentEntity> {
    const row = await this.attachments.findById(id);
    if (!row) throw attachmentNotFound();
    if (row.ownerType === null || row.ownerId === null) {
      if (row.uploadedBy !== user.id) throw attachmentNotFound();
      return row;
    }
    try {
      await this.owners.assertCanRead(user, row.ownerType, row.ownerId);
    } catch (error) {
      // Not allowed to read the owner (403 or 404 there): the file does not exist for this user.
      if (error instanceof AppError) throw attachmentNotFound();
      throw error;
    }
    return row;
  }
}
