import type { TaskEventResponse } from '@bizenv/shared';
import type { TaskEventRow } from './task-events.repository.js';

export function toTaskEventResponse({ event, actorDisplayName }: TaskEventRow): TaskEventResponse {
  return {
    id: event.id,
    taskId: event.taskId,
    type: event.type,
    actor: { id: event.actorUserId, displayName: actorDisplayName },
    occurredAt: event.occurredAt.toISOString(),
    reason: event.reason,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    before: fromJson(event.beforeJson),
    after: fromJson(event.afterJson),
  };
}

function fromJson(json: string | null): Record<string, unknown> | null {
  return json === null ? null : (JSON.parse(json) as Record<string, unknown>);
}
