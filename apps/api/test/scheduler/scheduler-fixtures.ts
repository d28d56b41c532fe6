import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Clock } from '../../src/common/clock.js';
import { SchedulerService } from '../../src/scheduler/scheduler.service.js';

/** Freezes the app's clock at 10:00 China time (02:00 UTC) of a China calendar date. */
export function freezeAt(app: NestFastifyApplication, chinaDate: string): void {
  app.get(Clock).set(new Date(`${chinaDate}T02:00:00.000Z`));
}

export const runJobs = (app: NestFastifyApplication) => app.get(SchedulerService).runAll();

/** Raw SQL against the app's database; `?` placeholders work on both databases. */
export async function sql<T = Record<string, unknown>>(
  app: NestFastifyApplication,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const dataSource = app.get(DataSource);
  let n = 0;
  const query =
    dataSource.options.type === 'postgres' ? text.replace(/\?/g, () => `$${++n}`) : text;
  return dataSource.query(query, params);
}

export interface NoticeRow {
  id: number;
  dedupe_key: string;
  origin: string;
  status: string;
  level: string;
  department_id: number;
  task_id: number | null;
  jurisdiction_code: string;
  response_due: string;
}

/** The scheduler's drafts (rows with a dedupe key), discarded ones included. */
export async function autoNotices(app: NestFastifyApplication): Promise<NoticeRow[]> {
  const rows = await sql<NoticeRow>(
    app,
    `SELECT "id", "dedupe_key", "origin", "status", "level", "department_id", "task_id",
            "jurisdiction_code", "response_due"
       FROM "supervision_notice" WHERE "dedupe_key" IS NOT NULL ORDER BY "dedupe_key"`,
  );
  return rows.map((row) => ({
    ...row,
    id: Number(row.id),
    department_id: Number(row.department_id),
    task_id: row.task_id === null ? null : Number(row.task_id),
  }));
}

/** Generated notifications (with a dedupe key), by key. */
export async function generatedNotifications(
  app: NestFastifyApplication,
): Promise<{ dedupe_key: string; kind: string; recipient_department_id: number }[]> {
  const rows = await sql<{ dedupe_key: string; kind: string; recipient_department_id: number }>(
    app,
    `SELECT "dedupe_key", "kind", "recipient_department_id" FROM "notification"
      WHERE "dedupe_key" IS NOT NULL ORDER BY "dedupe_key"`,
  );
  return rows.map((row) => ({
    ...row,
    recipient_department_id: Number(row.recipient_department_id),
  }));
}

/** Total rows of a table. */
export async function countRows(app: NestFastifyApplication, table: string): Promise<number> {
  const [row] = await sql<{ n: number | string }>(app, `SELECT COUNT(*) AS n FROM "${table}"`);
  return Number(row!.n);
}
