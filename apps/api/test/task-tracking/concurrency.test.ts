import {
  type ApiErrorBody,
  MANUAL_STATUS_TRANSITIONS,
  type TaskStateResponse,
} from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { TransactionRunner } from '../../src/database/transaction-runner.js';
import { TrackedTasksRepository } from '../../src/task-tracking/tasks/tracked-tasks.repository.js';
import { useSignedIn } from '../support/auth.js';
import { TEST_DB } from '../support/test-database.js';
import { useRunningApp } from '../support/test-app.js';
import { findTask, getEvents, getTask } from './fixtures.js';

const PAIRS = 15;
const BURST = 10;

describe(`concurrent edits of one task on ${TEST_DB}`, () => {
  const context = useRunningApp();
  // Two people of the same office, in two browsers.
  const alice = useSignedIn(context, 'linyou.office');
  const bob = useSignedIn(context, 'linyou.office');
  let taskId: number;

  beforeAll(async () => {
    taskId = (await findTask(alice, '3')).id;
  });

  const change = (client: typeof alice, status: string, version: number) =>
    client.post<TaskStateResponse & ApiErrorBody>(`/api/tasks/${taskId}/status`, {
      status,
      reason: `${client === alice ? '甲' : '乙'}调整状态`,
      version,
    });

  it('of each pair sent with the same version, exactly one wins and the other gets 409', async () => {
    const start = await getTask(alice, taskId);
    const eventsBefore = (await getEvents(alice, taskId)).length;
    let version = start.version;
    let status = start.status;

    for (let pair = 0; pair < PAIRS; pair++) {
      const [first, second] = MANUAL_STATUS_TRANSITIONS[status];
      const results = await Promise.all([
        change(alice, first!, version),
        change(bob, second!, version),
      ]);

      const statuses = results.map((result) => result.status).sort();
      expect(statuses, `pair ${pair}`).toEqual([200, 409]);
      const winner = results.find((result) => result.status === 200)!;
      const loser = results.find((result) => result.status === 409)!;
      expect(loser.body.code).toBe('VERSION_CONFLICT');
      expect(loser.body.message).toContain('刷新');
      expect(winner.body.version).toBe(version + 1);
      version = winner.body.version;
      status = winner.body.status;
      // The loser's change was not written over the winner's.
      expect((await getTask(alice, taskId)).status).toBe(status);
    }

    expect((await getTask(alice, taskId)).version).toBe(start.version + PAIRS);
    const events = await getEvents(alice, taskId);
    expect(events).toHaveLength(eventsBefore + PAIRS);
    // Each entry records the status it really started from: no lost or interleaved update.
    const chronological = events.slice(0, PAIRS).reverse();
    chronological.forEach((event, index) => {
      if (index > 0) expect(event.fromStatus).toBe(chronological[index - 1]!.toStatus);
    });
  });

  it(`a burst of ${BURST} writers with one version: one 200, the rest 409, no 5xx`, async () => {
    const start = await getTask(alice, taskId);
    const [target] = MANUAL_STATUS_TRANSITIONS[start.status];

    const results = await Promise.all(
      Array.from({ length: BURST }, (_, index) =>
        change(index % 2 === 0 ? alice : bob, target!, start.version),
      ),
    );

    const counts = results.reduce<Record<number, number>>((acc, result) => {
      acc[result.status] = (acc[result.status] ?? 0) + 1;
      return acc;
    }, {});
    expect(counts).toEqual({ 200: 1, 409: BURST - 1 });
    const after = await getTask(alice, taskId);
    expect(after).toMatchObject({ status: target, version: start.version + 1 });
  });

  it('the write itself is conditional: a stale version updates nothing, whatever was checked before', async () => {
    // Two requests may both pass the service's early version check before either writes; the
    // UPDATE … WHERE version = ? is what keeps the second from overwriting the first.
    const repository = context.api.app.get(TrackedTasksRepository);
    const transactions = context.api.app.get(TransactionRunner);
    const start = await getTask(alice, taskId);
    const [target] = MANUAL_STATUS_TRANSITIONS[start.status];

    const stale = await transactions.run((manager) =>
      repository.update(manager, taskId, { version: start.version - 1 }, { status: target! }),
    );
    const current = await transactions.run((manager) =>
      repository.update(manager, taskId, { version: start.version }, { status: target! }),
    );

    expect([stale, current]).toEqual([false, true]);
    expect(await getTask(alice, taskId)).toMatchObject({
      status: target,
      version: start.version + 1,
    });
  });
});
