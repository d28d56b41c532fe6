import type { LeaderResponse } from '@bizenv/shared';
import type { LeaderEntity } from './leader.entity.js';

export function toLeaderResponse(
  leader: Pick<LeaderEntity, 'id' | 'name' | 'title'>,
): LeaderResponse {
  return { id: leader.id, name: leader.name, title: leader.title };
}
