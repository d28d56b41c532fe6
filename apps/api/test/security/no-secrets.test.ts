import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, signIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';
import { query, tableChecksums } from './table-checksums.js';

const NEW_PASSWORD = 'Fresh-Secret-2026!';
const WRONG_PASSWORD = 'Guessed-Wrong-77';

describe(`secrets never reach audit rows or logs on ${TEST_DB}`, () => {
  // Everything the process writes, at the most talkative log level.
  const captured: string[] = [];
  const originals = { out: process.stdout.write, err: process.stderr.write };
  beforeAll(() => {
    const capture =
      (original: typeof process.stdout.write) =>
      (chunk: unknown, ...rest: unknown[]): boolean => {
        captured.push(String(chunk));
        return (original as (...args: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
      };
    process.stdout.write = capture(originals.out) as typeof process.stdout.write;
    process.stderr.write = capture(originals.err) as typeof process.stderr.write;
  });
  afterAll(() => {
    process.stdout.write = originals.out;
    process.stderr.write = originals.err;
  });
  const context = useRunningApp({ logLevel: 'debug' });

  it('after failed and successful sign-ins, a password change and a sign-out', async () => {
    const { baseUrl } = context.api;
    // Demo start-up prints the published demo password on purpose (README); not a leak.
    captured.length = 0;
    await request(baseUrl, 'POST', '/api/auth/login', {
      body: { username: 'linyou.office', password: WRONG_PASSWORD },
    });
    const client = await signIn(baseUrl, 'linyou.office');
    const change = await client.post('/api/auth/password', {
      currentPassword: 'Yingshang@2026',
      newPassword: NEW_PASSWORD,
    });
    expect(change.status).toBe(200);
    const again = await signIn(baseUrl, 'linyou.office', NEW_PASSWORD);
    await again.post('/api/auth/logout');

    const secrets = [
      'Yingshang@2026',
      NEW_PASSWORD,
      WRONG_PASSWORD,
      client.csrfToken,
      again.csrfToken,
      client.cookie.split('=')[1]!,
      again.cookie.split('=')[1]!,
    ];
    const audit = JSON.stringify(
      await query(context.api.config.database, 'SELECT * FROM "audit_log"'),
    );
    expect(audit).toContain('auth.password.change');
    const logs = captured.join('');
    for (const secret of secrets) {
      expect(audit, 'audit_log').not.toContain(secret);
      expect(logs, 'logs').not.toContain(secret);
    }
    // Session tokens are stored hashed: no table holds the cookie value.
    for (const table of Object.keys(await tableChecksums(context.api.config.database))) {
      const rows = JSON.stringify(
        await query(context.api.config.database, `SELECT * FROM "${table}"`),
      );
      expect(rows, table).not.toContain(again.cookie.split('=')[1]!);
    }
  });
});
