import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DepartmentKind } from '@bizenv/shared';
import { type EntityManager, IsNull, Repository } from 'typeorm';
import { DepartmentEntity } from '../../departments/department.entity.js';
import { UserEntity } from '../../users/user.entity.js';
import { InstructionAckEntity } from './instruction-ack.entity.js';
import { InstructionEntity } from './instruction.entity.js';

export interface AckRow {
  instructionId: number;
  department: { id: number; name: string; kind: DepartmentKind };
  acknowledgedBy: { id: number; displayName: string } | null;
  acknowledgedAt: Date | null;
}

export interface InstructionRow {
  instruction: InstructionEntity;
  authorName: string;
  acks: AckRow[];
}

/** Which instructions a list holds (exactly one key). */
export type InstructionFilter = { id: number } | { taskId: number } | { noticeId: number };

interface RawAck {
  instructionId: number | string;
  departmentId: number | string;
  departmentName: string;
  departmentKind: DepartmentKind;
  acknowledgedBy: number | string | null;
  acknowledgerName: string | null;
  acknowledgedAt: string | null;
}

@Injectable()
export class InstructionsRepository {
  constructor(
    @InjectRepository(InstructionEntity)
    private readonly instructions: Repository<InstructionEntity>,
  ) {}

  findById(id: number): Promise<InstructionEntity | null> {
    return this.instructions.findOneBy({ id });
  }

  /** Writes the instruction with one unacknowledged row per concerned department. */
  async insert(
    manager: EntityManager,
    instruction: Omit<InstructionEntity, 'id'>,
    departmentIds: number[],
  ): Promise<number> {
    const result = await manager.insert(InstructionEntity, instruction);
    const id = Number(result.identifiers[0]!.id);
    if (departmentIds.length > 0) {
      await manager.insert(
        InstructionAckEntity,
        departmentIds.map((departmentId, order) => ({
          instructionId: id,
          departmentId,
          order,
          acknowledgedBy: null,
          acknowledgedAt: null,
        })),
      );
    }
    return id;
  }

  isConcerned(instructionId: number, departmentId: number): Promise<boolean> {
    return this.instructions.manager.existsBy(InstructionAckEntity, {
      instructionId,
      departmentId,
    });
  }

  /** Marks the department's acknowledgement; false when it had acknowledged already. */
  async acknowledge(
    manager: EntityManager,
    instructionId: number,
    departmentId: number,
    userId: number,
    at: Date,
  ): Promise<boolean> {
    const result = await manager.update(
      InstructionAckEntity,
      { instructionId, departmentId, acknowledgedAt: IsNull() },
      { acknowledgedBy: userId, acknowledgedAt: at },
    );
    return result.affected === 1;
  }

  /** Instructions newest first, each with its author's name and its acknowledgements. */
  async list(
    filter: InstructionFilter,
    manager: EntityManager = this.instructions.manager,
  ): Promise<InstructionRow[]> {
    const { entities, raw } = await manager
      .createQueryBuilder(InstructionEntity, 'i')
      .innerJoin(UserEntity, 'u', 'u.id = i.authorUserId')
      .addSelect('u.displayName', 'author_name')
      .where(filter)
      .orderBy('i.createdAt', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .getRawAndEntities<{ author_name: string }>();
    if (entities.length === 0) return [];
    const acks = await manager
      .createQueryBuilder(InstructionAckEntity, 'a')
      .innerJoin(DepartmentEntity, 'd', 'd.id = a.departmentId')
      .leftJoin(UserEntity, 'u', 'u.id = a.acknowledgedBy')
      .select('a.instructionId', 'instructionId')
      .addSelect('a.departmentId', 'departmentId')
      .addSelect('d.name', 'departmentName')
      .addSelect('d.kind', 'departmentKind')
      .addSelect('a.acknowledgedBy', 'acknowledgedBy')
      .addSelect('u.displayName', 'acknowledgerName')
      .addSelect('a.acknowledgedAt', 'acknowledgedAt')
      .where('a.instructionId IN (:...ids)', { ids: entities.map((i) => i.id) })
      .orderBy('a.instructionId')
      .addOrderBy('a.order')
      .getRawMany<RawAck>();
    const ackRows = acks.map(toAckRow);
    return entities.map((instruction, index) => ({
      instruction,
      authorName: raw[index]!.author_name,
      acks: ackRows.filter((ack) => ack.instructionId === instruction.id),
    }));
  }
}

function toAckRow(raw: RawAck): AckRow {
  return {
    instructionId: Number(raw.instructionId),
    department: {
      id: Number(raw.departmentId),
      name: raw.departmentName,
      kind: raw.departmentKind,
    },
    acknowledgedBy:
      raw.acknowledgedBy === null
        ? null
        : { id: Number(raw.acknowledgedBy), displayName: raw.acknowledgerName ?? '' },
    // Raw rows bypass the column transformer: the text is the ISO instant itself.
    acknowledgedAt: raw.acknowledgedAt === null ? null : new Date(raw.acknowledgedAt),
  };
}
