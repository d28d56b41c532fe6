import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { UserEntity } from '../../users/user.entity.js';
import { TaskEventEntity } from './task-event.entity.js';

/** A history entry with the display name of who made it. */
export interface TaskEventRow {
  event: TaskEventEntity;
  actorDisplayName: string;
}

@Injectable()
export class TaskEventsRepository {
  constructor(
    @InjectRepository(TaskEventEntity) private readonly events: Repository<TaskEventEntity>,
  ) {}

  async insert(manager: EntityManager, event: Omit<TaskEventEntity, 'id'>): Promise<void> {
    await manager.insert(TaskEventEntity, event);
  }

  /** The task's history, newest first (ties — one transaction's entries — by insertion order). */
  async listByTask(taskId: number): Promise<TaskEventRow[]> {
    const { entities, raw } = await this.events
      .createQueryBuilder('e')
      .innerJoin(UserEntity, 'u', 'u.id = e.actorUserId')
      .addSelect('u.displayName', 'actor_display_name')
      .where('e.taskId = :taskId', { taskId })
      .orderBy('e.occurredAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .getRawAndEntities<{ actor_display_name: string }>();
    return entities.map((event, index) => ({
      event,
      actorDisplayName: raw[index]!.actor_display_name,
    }));
  }
}
