import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/** A file streamed to the temporary folder, hashed on the way. */
export interface ReceivedFile {
  tempPath: string;
  size: number;
  sha256: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The evidence files on disk: DATA_DIR/attachments/<uuid>, uploads in progress under
 * DATA_DIR/attachments/tmp. Names on disk are server-generated UUIDs only; nothing the user
 * sends ever becomes part of a path. Files are not under any web root: the API streams them
 * after a permission check.
 */
@Injectable()
export class AttachmentStorage {
  readonly root: string;
  private readonly tmp: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = path.join(config.dataDir, 'attachments');
    this.tmp = path.join(this.root, 'tmp');
  }

  async ensureFolders(): Promise<void> {
    await mkdir(this.tmp, { recursive: true });
  }

  /** Streams `source` to a new temporary file, hashing and counting it as it goes. */
  async receive(source: Readable): Promise<ReceivedFile> {
    await this.ensureFolders();
    const tempPath = path.join(this.tmp, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, createWriteStream(tempPath, { flags: 'wx', mode: 0o600 }));
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
    return { tempPath, size, sha256: hash.digest('hex') };
  }

  readTemp(tempPath: string): Promise<Buffer> {
    return readFile(tempPath);
  }

  /** The first `length` bytes of a received file (fewer when it is shorter). */
  async readTempHead(tempPath: string, length: number): Promise<Buffer> {
    const file = await open(tempPath, 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await file.read(buffer, 0, length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  }

  /** Moves a received file to its permanent name. */
  async keep(tempPath: string, storageKey: string): Promise<void> {
    await rename(tempPath, this.pathOf(storageKey));
  }

  async discardTemp(tempPath: string): Promise<void> {
    await rm(tempPath, { force: true });
  }

  async remove(storageKey: string): Promise<void> {
    await rm(this.pathOf(storageKey), { force: true });
  }

  open(storageKey: string): Readable {
    return createReadStream(this.pathOf(storageKey));
  }

  /** Temporary files older than `before` (uploads that died half-way), removed. */
  async removeStaleTemp(before: Date): Promise<number> {
    let removed = 0;
    for (const name of await readdir(this.tmp).catch(() => [] as string[])) {
      const file = path.join(this.tmp, name);
      const info = await stat(file).catch(() => null);
      if (info && info.mtime < before) {
        await rm(file, { force: true });
        removed += 1;
      }
    }
    return removed;
  }

  private pathOf(storageKey: string): string {
    // Keys are generated here; refusing anything else keeps a corrupted row from naming a path.
    if (!UUID.test(storageKey)) throw new Error(`Invalid storage key "${storageKey}"`);
    return path.join(this.root, storageKey);
  }
}
