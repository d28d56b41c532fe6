import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { EntityManager } from '../database/entity-manager.js';
import { toInstantText } from '../database/instant-column.js';
import { AttachmentEntity } from './attachment.entity.js';

@Injectable()
export class AttachmentsRepository {
  constructor(
    @InjectRepository(AttachmentEntity) private readonly attachments: Repository<AttachmentEntity>,
  ) {}

  findById(id: string): Promise<AttachmentEntity | null> {
    return this.attachments.findOneBy({ id });
  }

  findByIds(manager: EntityManager, ids: string[]): Promise<AttachmentEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.findBy(AttachmentEntity, { id: In(ids) });
  }

  findByOwner(ownerType: string, ownerIds: number[]): Promise<AttachmentEntity[]> {
    if (ownerIds.length === 0) return Promise.resolve([]);
    return this.attachments.find({
      where: { ownerType, ownerId: In(ownerIds) },
      order: { uploadedAt: 'ASC', id: 'ASC' },
    });
  }

  async insert(manager: EntityManager, row: AttachmentEntity): Promise<void> {
    await manager.insert(AttachmentEntity, row);
  }

  /**
   * Marks the uploader's unlinked files as the owner's. Returns how many rows changed: fewer
   * than asked means one was not the uploader's or was linked meanwhile.
   */
  async link(
    manager: EntityManager,
    ids: string[],
    uploadedBy: number,
    ownerType: string,
    ownerId: number,
  ): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await manager
      .createQueryBuilder()
      .update(AttachmentEntity)
      .set({ ownerType, ownerId })
      .where('id IN (:...ids)', { ids })
      .andWhere('uploaded_by = :uploadedBy', { uploadedBy })
      .andWhere('owner_type IS NULL')
      .execute();
    return result.affected ?? 0;
  }

  /** Releases files from their owner: unlinked again, they expire like fresh uploads. */
  async unlink(
    manager: EntityManager,
    ids: string[],
    ownerType: string,
    ownerId: number,
  ): Promise<void> {
    if (ids.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(AttachmentEntity)
      .set({ ownerType: null, ownerId: null })
      .where('id IN (:...ids)', { ids })
      .andWhere('owner_type = :ownerType AND owner_id = :ownerId', { ownerType, ownerId })
      .execute();
  }

  findUnlinkedBefore(before: Date): Promise<AttachmentEntity[]> {
    return this.attachments
      .createQueryBuilder('a')
      .where('a.owner_type IS NULL')
      .andWhere('a.uploaded_at < :before', { before: toInstantText(before) })
      .take(500)
      .getMany();
  }

  /** Deletes the rows still unlinked and old; returns those it deleted (their files go next). */
  async deleteUnlinked(manager: EntityManager, ids: string[], before: Date): Promise<string[]> {
    if (ids.length === 0) return [];
    const still = await manager
      .createQueryBuilder(AttachmentEntity, 'a')
      .select('a.id', 'id')
      .where('a.id IN (:...ids)', { ids })
      .andWhere('a.owner_type IS NULL')
      .andWhere('a.uploaded_at < :before', { before: toInstantText(before) })
      .getRawMany<{ id: string }>();
    const doomed = still.map((row) => row.id);
    if (doomed.length > 0) await manager.delete(AttachmentEntity, { id: In(doomed) });
    return doomed;
  }
}
