import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { AttachmentEntity } from '../../attachments/attachment.entity.js';
import {
  type RequestFilter,
  type RequestNames,
  requestQuery,
  withNames,
} from '../requests/request-query.repository.js';
import { ClosureRequestAttachmentEntity } from './closure-request-attachment.entity.js';
import { ClosureRequestEntity } from './closure-request.entity.js';

/** Owner type the evidence files of a closure request carry (attachment.owner_type). */
export const CLOSURE_REQUEST_OWNER = 'closure_request';

export interface ClosureRequestRow {
  request: ClosureRequestEntity;
  names: RequestNames;
  attachments: AttachmentEntity[];
}

type Decision = Pick<ClosureRequestEntity, 'status' | 'decidedBy' | 'decidedAt' | 'decisionReason'>;

@Injectable()
export class ClosureRequestsRepository {
  constructor(
    @InjectRepository(ClosureRequestEntity)
    private readonly requests: Repository<ClosureRequestEntity>,
  ) {}

  findById(id: number): Promise<ClosureRequestEntity | null> {
    return this.requests.findOneBy({ id });
  }

  async insert(
    manager: EntityManager,
    request: Omit<
      ClosureRequestEntity,
      'id' | 'version' | 'status' | 'decidedBy' | 'decidedAt' | 'decisionReason'
    >,
  ): Promise<number> {
    const result = await manager.insert(ClosureRequestEntity, {
      ...request,
      status: 'pending',
      decidedBy: null,
      decidedAt: null,
      decisionReason: null,
    });
    return Number(result.identifiers[0]!.id);
  }

  /** Lists the request's evidence files in the order given (the files are linked already). */
  async insertAttachments(
    manager: EntityManager,
    requestId: number,
    attachmentIds: string[],
  ): Promise<void> {
    await manager.insert(
      ClosureRequestAttachmentEntity,
      attachmentIds.map((attachmentId, order) => ({
        attachmentId,
        closureRequestId: requestId,
        order,
      })),
    );
  }

  /** Records the office's decision if the request is still pending at `version`. */
  async decide(
    manager: EntityManager,
    id: number,
    version: number,
    decision: Decision,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ClosureRequestEntity)
      .set({ ...decision, version: () => 'version + 1' })
      .where('id = :id AND version = :version AND status = :pending', {
        id,
        version,
        pending: 'pending',
      })
      .execute();
    return result.affected === 1;
  }

  async list(
    filter: RequestFilter,
    limit: number | null,
    manager: EntityManager = this.requests.manager,
  ): Promise<ClosureRequestRow[]> {
    const rows = await withNames(requestQuery(manager, ClosureRequestEntity, filter, limit));
    if (rows.length === 0) return [];
    const links = await manager
      .createQueryBuilder(ClosureRequestAttachmentEntity, 'l')
      .innerJoinAndSelect('l.attachment', 'a')
      .where('l.closureRequestId IN (:...ids)', { ids: rows.map((row) => row.request.id) })
      .orderBy('l.order')
      .getMany();
    return rows.map((row) => ({
      ...row,
      attachments: links
        .filter((link) => link.closureRequestId === row.request.id)
        .map((link) => link.attachment!),
    }));
  }
}
