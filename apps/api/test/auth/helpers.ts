import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Clock } from '../../src/common/clock.js';

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

export const clockOf = (app: NestFastifyApplication): Clock => app.get(Clock);

export const MINUTE = 60_000;

/** The session token in a Set-Cookie header, or null. */
export function sessionTokenOf(setCookie: string | null): string | null {
  const match = /bizenv_session=([^;]*)/.exec(setCookie ?? '');
  return match ? match[1]! : null;
}
