import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export interface StoredBulletinFile {
  storageKey: string;
  sha256: string;
  size: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Generated bulletin files on disk: DATA_DIR/bulletins/<uuid>, like evidence files. A file is
 * written once and never changed: regenerating a draft writes new files and removes the old
 * ones after the row points at the new; a published bulletin's files stay as published.
 */
@Injectable()
export class BulletinStorage {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = path.join(config.dataDir, 'bulletins');
  }

  async write(content: Buffer): Promise<StoredBulletinFile> {
    await mkdir(this.root, { recursive: true });
    const storageKey = randomUUID();
    await writeFile(this.pathOf(storageKey), content, { flag: 'wx', mode: 0o600 });
    return {
      storageKey,
      sha256: createHash('sha256').update(content).digest('hex'),
      size: content.length,
    };
  }

  open(storageKey: string): Readable {
    return createReadStream(this.pathOf(storageKey));
  }

  async remove(storageKey: string): Promise<void> {
    await rm(this.pathOf(storageKey), { force: true });
  }

  private pathOf(storageKey: string): string {
    if (!UUID.test(storageKey)) throw new Error(`Invalid storage key "${storageKey}"`);
    return path.join(this.root, storageKey);
  }
}
