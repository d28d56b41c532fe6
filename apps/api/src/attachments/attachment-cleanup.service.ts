import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { AttachmentStorage } from './attachment-storage.js';
import { AttachmentsRepository } from './attachments.repository.js';

/** Uploads nobody linked within this time are removed (row and file). */
export const UNLINKED_ATTACHMENT_TTL_MS = 24 * 60 * 60 * 1000;
const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Removes abandoned uploads: files uploaded but never linked to a report (or another owner)
 * within a day, and temporary files of uploads that died half-way. Runs at start-up and hourly.
 */
@Injectable()
export class AttachmentCleanupService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AttachmentCleanup');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly attachments: AttachmentsRepository,
    private readonly storage: AttachmentStorage,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.storage.ensureFolders();
    void this.sweepLogged();
    this.timer = setInterval(() => void this.sweepLogged(), SWEEP_INTERVAL_MS);
    // The sweep must never keep the process alive on its own.
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Removes what expired; returns how many attachments it removed. One sweep at a time. */
  sweep(): Promise<number> {
    this.running ??= this.removeExpired().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async removeExpired(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - UNLINKED_ATTACHMENT_TTL_MS);
    const candidates = await this.attachments.findUnlinkedBefore(before);
    const removed = await this.transactions.run((manager) =>
      this.attachments.deleteUnlinked(
        manager,
        candidates.map((row) => row.id),
        before,
      ),
    );
    // Files after the commit: a file without a row is harmless, a row without a file is not.
    const keys = new Map(candidates.map((row) => [row.id, row.storageKey]));
    for (const id of removed) await this.storage.remove(keys.get(id)!);
    await this.storage.removeStaleTemp(before);
    return removed.length;
  }

  private async sweepLogged(): Promise<void> {
    try {
      const removed = await this.sweep();
      if (removed > 0) this.logger.log(`已清理 ${removed} 个超过一天未关联的上传文件`);
    } catch (error) {
      this.logger.warn(
        `清理未关联的上传文件失败：${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
