import { describe, expect, it } from 'vitest';
import {
  AUDIT_JSON_MAX_BYTES,
  fromAuditJson,
  REDACTED,
  toAuditJson,
} from '../../src/audit/audit-json.js';

describe('audit JSON: secrets never reach a row', () => {
  it('redacts secret keys at any depth and in any case', () => {
    const json = toAuditJson({
      username: 'linyou.office',
      password: 'Plain-Text-1',
      PasswordHash: '$argon2id$v=19$…',
      newPassword: 'Next-Secret-2',
      profile: { csrfToken: 'abc', sessionId: 'def', apiSecret: 'ghi', displayName: '张三' },
      sessions: [{ id: 's1' }],
      history: [{ token: 'jkl', status: 'closed' }],
    });

    expect(fromAuditJson(json)).toEqual({
      username: 'linyou.office',
      password: REDACTED,
      PasswordHash: REDACTED,
      newPassword: REDACTED,
      profile: {
        csrfToken: REDACTED,
        sessionId: REDACTED,
        apiSecret: REDACTED,
        displayName: '张三',
      },
      sessions: REDACTED,
      history: [{ token: REDACTED, status: 'closed' }],
    });
    for (const secret of [
      'Plain-Text-1',
      'argon2id',
      'Next-Secret-2',
      'abc',
      'def',
      'ghi',
      'jkl',
      's1',
    ]) {
      expect(json).not.toContain(secret);
    }
  });

  it('keeps ordinary fields, dates as ISO text, and nothing for absent values', () => {
    expect(
      fromAuditJson(toAuditJson({ status: 'in_progress', at: new Date('2025-03-01T02:00:00Z') })),
    ).toEqual({
      status: 'in_progress',
      at: '2025-03-01T02:00:00.000Z',
    });
    expect(toAuditJson(undefined)).toBeNull();
    expect(toAuditJson(null)).toBeNull();
    expect(toAuditJson('已销号')).toBe('"已销号"');
  });

  it('caps a large value with a marker that is still JSON and still redacted', () => {
    const huge = { password: 'Plain-Text-1', body: '营商环境'.repeat(20_000) };

    const json = toAuditJson(huge)!;

    expect(Buffer.byteLength(json, 'utf8')).toBeLessThanOrEqual(AUDIT_JSON_MAX_BYTES);
    const value = fromAuditJson(json) as {
      _truncated: boolean;
      originalBytes: number;
      preview: string;
    };
    expect(value._truncated).toBe(true);
    expect(value.originalBytes).toBeGreaterThan(240_000);
    expect(value.preview.startsWith(`{"password":"${REDACTED}","body":"营商环境`)).toBe(true);
    expect(json).not.toContain('Plain-Text-1');
  });

  it('keeps a value at exactly the cap whole', () => {
    const padding = 'x'.repeat(AUDIT_JSON_MAX_BYTES - '{"a":""}'.length);

    const json = toAuditJson({ a: padding })!;

    expect(Buffer.byteLength(json, 'utf8')).toBe(AUDIT_JSON_MAX_BYTES);
    expect(fromAuditJson(json)).toEqual({ a: padding });
  });
});
