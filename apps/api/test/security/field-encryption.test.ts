import type { UserResponse } from '@bizenv/shared';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { runRotateKeys } from '../../src/cli/rotate-keys.command.js';
import { FieldCipher, FieldDecryptionError } from '../../src/common/crypto/field-cipher.js';
import { parseKeyRing } from '../../src/common/crypto/key-ring.js';
import { databaseUrl, withAuditTriggerDropped } from '../audit/tamper.js';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';
import { query, tableChecksums } from './table-checksums.js';

const DEMO = 'demo:hFtsGd8uJQHad+W9aqtOuwPXSqLMY4jawbVWQd+i5NY=';
const NEW = 'k2:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=';
const PHONE = '13812345678';

describe('SM4 field cipher', () => {
  const cipher = new FieldCipher(parseKeyRing('FIELD_ENCRYPTION_KEYS', DEMO));

  it('round-trips with a fresh IV each time and the key id in front', () => {
    const [a, b] = [cipher.encrypt(PHONE), cipher.encrypt(PHONE)];
    expect(a).not.toBe(b);
    expect(a.startsWith('v1:demo:')).toBe(true);
    expect(cipher.decrypt(a)).toBe(PHONE);
    expect(a).not.toContain(PHONE);
  });

  it('refuses altered bytes, a swapped key id and an unknown key', () => {
    const stored = cipher.encrypt(PHONE);
    const payload = Buffer.from(stored.split(':')[2]!, 'base64');
    for (const index of [0, 20, payload.length - 1]) {
      const altered = Buffer.from(payload);
      altered[index]! ^= 0x01;
      expect(() => cipher.decrypt(`v1:demo:${altered.toString('base64')}`)).toThrow(
        FieldDecryptionError,
      );
    }
    const other = new FieldCipher(parseKeyRing('FIELD_ENCRYPTION_KEYS', `${NEW},${DEMO}`));
    expect(() => other.decrypt(stored.replace('v1:demo:', 'v1:k2:'))).toThrow(/MAC/);
    expect(() => new FieldCipher(parseKeyRing('X', NEW)).decrypt(stored)).toThrow(/unknown/);
  });
});

describe(`encrypted phone numbers on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const dataSource = () => context.api.app.get(DataSource);
  let created: UserResponse;

  it('stores the phone encrypted and answers it masked', async () => {
    const response = await office.post<UserResponse>('/api/users', {
      username: 'linyou.phone',
      displayName: '手机号测试',
      role: 'leader',
      departmentId: null,
      initialPassword: 'Phone-Test-2026',
      phone: PHONE,
    });
    expect(response.status).toBe(201);
    created = response.body;
    expect(created.phoneMasked).toBe('138****5678');

    const list = await office.get<UserResponse[]>('/api/users');
    expect(list.body.find((user) => user.id === created.id)?.phoneMasked).toBe('138****5678');
    const bad = await office.patch(`/api/users/${created.id}`, { phone: '12345', version: 1 });
    expect(bad.status).toBe(400);
  });

  it('leaves no plain phone number anywhere in the database, audit log included', async () => {
    const database = context.api.config.database;
    const tables = Object.keys(await tableChecksums(database));
    for (const table of tables) {
      const rows = await query(database, `SELECT * FROM "${table}"`);
      expect(JSON.stringify(rows), table).not.toContain(PHONE);
    }
    const [row] = await dataSource().query(
      `SELECT "phone_encrypted" FROM "app_user" WHERE "id" = ${created.id}`,
    );
    expect(row.phone_encrypted).toMatch(/^v1:demo:/);
  });

  it('re-encrypts under the new key with rotate-keys; the old key is then not needed', async () => {
    const summary = await runRotateKeys({
      DATABASE_URL: databaseUrl(context.api.config.database),
      FIELD_ENCRYPTION_KEYS: `${NEW},${DEMO}`,
    });
    expect(summary).toBe('已用密钥 k2 重新加密 1 个字段');
    const [row] = await dataSource().query(
      `SELECT "phone_encrypted" FROM "app_user" WHERE "id" = ${created.id}`,
    );
    expect(row.phone_encrypted).toMatch(/^v1:k2:/);
    expect(new FieldCipher(parseKeyRing('X', NEW)).decrypt(row.phone_encrypted)).toBe(PHONE);
    const [rotation] = await dataSource().query(
      `SELECT "after_json" FROM "audit_log" WHERE "action" = 'security.field_keys.rotate'`,
    );
    expect(JSON.parse(rotation.after_json)).toEqual({ keyId: 'k2', rotated: 1 });
  });

  it('refuses a tampered ciphertext: shown as unreadable, rotation stops', async () => {
    const [row] = await dataSource().query(
      `SELECT "phone_encrypted" FROM "app_user" WHERE "id" = ${created.id}`,
    );
    const stored: string = row.phone_encrypted;
    const [version, keyId, encoded] = stored.split(':');
    const bytes = Buffer.from(encoded!, 'base64');
    bytes[20]! ^= 0x01; // one bit of the ciphertext
    const tampered = `${version}:${keyId}:${bytes.toString('base64')}`;
    await withAuditTriggerDropped(dataSource(), () =>
      dataSource().query(
        `UPDATE "app_user" SET "phone_encrypted" = '${tampered}' WHERE "id" = ${created.id}`,
      ),
    );
    // The running app still has only the demo key: rotate it back to demo to hit the MAC check.
    await expect(
      runRotateKeys({
        DATABASE_URL: databaseUrl(context.api.config.database),
        FIELD_ENCRYPTION_KEYS: `${DEMO},${NEW}`,
      }),
    ).rejects.toThrow(new RegExp(`用户 ${created.id} 的手机号无法解密`));
    const list = await office.get<UserResponse[]>('/api/users');
    expect(list.body.find((user) => user.id === created.id)?.phoneMasked).toBe('（无法解密）');
  });
});
