import type { ApiErrorBody, AuditLogPageResponse, SessionUser } from '@bizenv/shared';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AuditEntry, AuditService } from '../../src/audit/audit.service.js';
import { Clock } from '../../src/common/clock.js';
import { TransactionRunner } from '../../src/database/transaction-runner.js';
import { request, type SignedInClient, useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';
import { parseCsv } from './csv.js';

type Page = AuditLogPageResponse;

const actorOf = (user: SessionUser) => ({
  id: user.id,
  username: user.username,
  role: user.role,
  jurisdictionCode: user.jurisdictionCode,
});

describe(`audit search and export on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const linyou = useSignedIn(context, 'linyou.office');
  const meixian = useSignedIn(context, 'meixian.office');
  const baoji = useSignedIn(context, 'baoji.office');
  const department = useSignedIn(context, 'linyou.xzsp');
  const leader = useSignedIn(context, 'linyou.leader');
  const viewer = useSignedIn(context, 'baoji.viewer');

  /** Records a row as the app would, at `at` (Clock) when given. */
  const record = async (entry: AuditEntry, at?: Date) => {
    const clock = context.api.app.get(Clock);
    if (at) clock.set(at);
    try {
      await context.api.app
        .get(TransactionRunner)
        .run((manager) => context.api.app.get(AuditService).record(manager, entry));
    } finally {
      clock.reset();
    }
  };
  const search = (client: SignedInClient, query: string) => client.get<Page>(`/api/audit?${query}`);

  beforeAll(async () => {
    const { baseUrl } = context.api;
    // A failed login over HTTP: the username tried, the user's jurisdiction.
    const failed = await request(baseUrl, 'POST', '/api/auth/login', {
      body: { username: 'linyou.xzsp', password: 'Wrong-Password-1' },
    });
    expect(failed.status).toBe(401);

    const linyouActor = actorOf(linyou.user);
    for (const [i, at] of [
      '2025-03-01T15:59:59.000Z', // 2025-03-01 23:59:59 in China
      '2025-03-01T16:00:00.000Z', // 2025-03-02 00:00:00 in China
      '2025-03-02T15:59:59.999Z', // 2025-03-02 23:59:59 in China
      '2025-03-02T16:00:00.000Z', // 2025-03-03 00:00:00 in China
    ].entries()) {
      await record(
        {
          action: 'widget.status.change',
          targetType: 'widget',
          targetId: `day-${i}`,
          actor: linyouActor,
        },
        new Date(at),
      );
    }
    await record({
      action: 'widget.statusx',
      targetType: 'widget',
      targetId: 'prefix-trap',
      actor: linyouActor,
    });
    await record({
      action: 'widget.update',
      targetType: 'widget',
      targetId: 7,
      before: { title: '优化营商环境', password: 'Plain-Text-1' },
      after: { title: '持续优化营商环境，"一网通办"' },
      actor: linyouActor,
    });
    await record({
      action: 'widget.update',
      targetType: 'widget',
      targetId: '=HYPERLINK("http://evil")',
      outcome: 'failure',
      actor: { ...linyouActor, username: '-danger' },
    });
    await record({
      action: 'widget.update',
      targetType: 'widget',
      targetId: 'meixian-1',
      actor: actorOf(meixian.user),
    });
  });

  describe('GET /api/audit', () => {
    it('shows the office its jurisdiction’s logins, with who, where and which request', async () => {
      const result = await search(linyou, 'action=auth.login');

      expect(result.status).toBe(200);
      const rows = result.body.items;
      const byUser = (username: string) => rows.filter((row) => row.actorUsername === username);
      expect(byUser('linyou.office')[0]).toMatchObject({
        actorUserId: linyou.user.id,
        actorRole: 'office',
        jurisdictionCode: '610329',
        ip: expect.stringMatching(/127\.0\.0\.1/),
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        action: 'auth.login',
        targetType: 'user',
        targetId: String(linyou.user.id),
        outcome: 'success',
      });
      expect(
        byUser('linyou.xzsp')
          .map((row) => row.outcome)
          .sort(),
      ).toEqual(['failure', 'success']);
      expect(byUser('meixian.office')).toEqual([]);
      expect(byUser('baoji.office')).toEqual([]);
      expect(rows.every((row) => row.jurisdictionCode === '610329')).toBe(true);
    });

    it('filters by action prefix on the dots, actor, target and outcome', async () => {
      const ids = async (query: string) =>
        (await search(linyou, query)).body.items.map((row) => row.targetId).sort();

      expect(await ids('action=widget.status')).toEqual(['day-0', 'day-1', 'day-2', 'day-3']);
      expect(await ids('action=widget&targetId=prefix-trap')).toEqual(['prefix-trap']);
      expect(await ids('targetType=widget&targetId=7')).toEqual(['7']);
      expect(await ids('actor=-danger')).toEqual(['=HYPERLINK("http://evil")']);
      expect(await ids('targetType=widget&outcome=failure')).toEqual(['=HYPERLINK("http://evil")']);
      expect(await ids('actor=linyou.office&action=widget.update')).toEqual(['7']);
      expect(await ids('action=widget.status.change.more')).toEqual([]);
    });

    it('reads from/to as China calendar dates, both inclusive', async () => {
      const ids = async (query: string) =>
        (await search(linyou, `action=widget.status&${query}`)).body.items
          .map((row) => row.targetId)
          .sort();

      expect(await ids('from=2025-03-02&to=2025-03-02')).toEqual(['day-1', 'day-2']);
      expect(await ids('to=2025-03-01')).toEqual(['day-0']);
      expect(await ids('from=2025-03-03')).toEqual(['day-3']);
    });

    it('returns redacted before/after and the instant as ISO UTC', async () => {
      const [row] = (await search(linyou, 'targetType=widget&targetId=7')).body.items;

      expect(row!.before).toEqual({ title: '优化营商环境', password: '[REDACTED]' });
      expect(row!.after).toEqual({ title: '持续优化营商环境，"一网通办"' });
      expect(row!.occurredAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const [dated] = (await search(linyou, 'targetId=day-1')).body.items;
      expect(dated!.occurredAt).toBe('2025-03-01T16:00:00.000Z');
    });

    it('pages newest first in a stable order', async () => {
      for (let i = 0; i < 7; i++) {
        await record({
          action: 'paging.item',
          targetType: 'paging',
          targetId: i,
          actor: actorOf(linyou.user),
        });
      }

      const pages = await Promise.all(
        [1, 2, 3].map((page) => search(linyou, `action=paging&pageSize=3&page=${page}`)),
      );
      const beyond = await search(linyou, 'action=paging&pageSize=3&page=4');

      expect(pages.map((page) => page.body.items.length)).toEqual([3, 3, 1]);
      expect(pages.every((page) => page.body.total === 7 && page.body.pageSize === 3)).toBe(true);
      expect(pages.map((page) => page.body.page)).toEqual([1, 2, 3]);
      const ids = pages.flatMap((page) => page.body.items.map((row) => row.id));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(new Set(ids).size).toBe(7);
      expect(pages.flatMap((page) => page.body.items.map((row) => row.targetId))).toEqual([
        '6',
        '5',
        '4',
        '3',
        '2',
        '1',
        '0',
      ]);
      expect(beyond.body).toMatchObject({ items: [], total: 7, page: 4 });
      const defaults = await search(linyou, 'action=paging');
      expect(defaults.body).toMatchObject({ page: 1, pageSize: 50, total: 7 });
    });

    it('shows another county’s office none of these rows, and 404 for that county', async () => {
      const own = await search(meixian, 'targetType=widget');
      const foreign = await search(meixian, 'jurisdictionCode=610329');

      expect(own.status).toBe(200);
      expect(own.body.items.map((row) => row.targetId)).toEqual(['meixian-1']);
      expect((await search(meixian, 'actor=linyou.office')).body).toMatchObject({
        items: [],
        total: 0,
      });
      expect(foreign.status).toBe(404);
      expect((foreign.body as unknown as ApiErrorBody).code).toBe('JURISDICTION_NOT_FOUND');
    });

    it('shows a city office the rows of its counties, one county at a time on request', async () => {
      const all = await search(baoji, 'targetType=widget&pageSize=200');
      const linyouOnly = await search(
        baoji,
        'targetType=widget&jurisdictionCode=610329&pageSize=200',
      );

      expect(all.status).toBe(200);
      expect(new Set(all.body.items.map((row) => row.jurisdictionCode))).toEqual(
        new Set(['610329', '610326']),
      );
      expect(linyouOnly.body.items.length).toBe(all.body.items.length - 1);
      expect(linyouOnly.body.items.every((row) => row.jurisdictionCode === '610329')).toBe(true);
      // The city office's own login is the city's row.
      expect(
        (await search(baoji, 'actor=baoji.office&action=auth.login')).body.items[0]
          ?.jurisdictionCode,
      ).toBe('610300');
      expect((await search(linyou, 'actor=baoji.office')).body.total).toBe(0);
    });

    it('is for the office only: 403 for other roles, 401 signed out', async () => {
      for (const client of [department, leader, viewer]) {
        const result = await client.get<ApiErrorBody>('/api/audit');
        expect(result.status, client.user.username).toBe(403);
        expect(result.body.message).toMatch(/[\u4e00-\u9fa5]/);
        expect((await client.get('/api/audit/export')).status).toBe(403);
      }
      expect((await context.api.get('/api/audit')).status).toBe(401);
      expect((await context.api.get('/api/audit/export')).status).toBe(401);
    });

    it('rejects unknown and malformed query parameters with a field and a Chinese message', async () => {
      const cases: [string, string][] = [
        ['userId=1', 'userId'],
        ['from=2025-02-30', 'from'],
        ['to=2025/03/01', 'to'],
        ['from=2025-03-02&to=2025-03-01', 'to'],
        ['action=Task Status', 'action'],
        ['outcome=maybe', 'outcome'],
        ['page=0', 'page'],
        ['page=1.5', 'page'],
        ['pageSize=201', 'pageSize'],
        ['jurisdictionCode=61', 'jurisdictionCode'],
        ['actor=', 'actor'],
        ['actor=a&actor=b', 'actor'],
      ];
      for (const [query, field] of cases) {
        const result = await linyou.get<ApiErrorBody>(`/api/audit?${query}`);
        expect(result.status, query).toBe(400);
        expect(result.body.code, query).toBe('VALIDATION_FAILED');
        expect(
          result.body.details?.map((detail) => detail.field),
          query,
        ).toContain(field);
        expect(result.body.details?.[0]?.message, query).toMatch(/[\u4e00-\u9fa5]/);
      }
      expect((await linyou.get<ApiErrorBody>('/api/audit/export?page=1')).status).toBe(400);
    });
  });

  describe('GET /api/audit/export', () => {
    it('sends a UTF-8 CSV with BOM and a Chinese header that parses back to the searched rows', async () => {
      const response = await fetch(`${context.api.baseUrl}/api/audit/export?targetType=widget`, {
        headers: { cookie: linyou.cookie },
      });
      const bytes = new Uint8Array(await response.arrayBuffer());
      const searched = (await search(linyou, 'targetType=widget&pageSize=200')).body.items;

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv; ?charset=utf-8/);
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="audit-log-\d{4}-\d\d-\d\d\.csv"$/,
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      // TextDecoder drops the BOM, as a spreadsheet does.
      const [header, ...lines] = parseCsv(new TextDecoder('utf-8').decode(bytes));
      expect(header).toEqual([
        '编号',
        '时间（北京时间）',
        '操作人',
        '角色',
        '辖区代码',
        'IP',
        '请求编号',
        '操作',
        '对象类型',
        '对象编号',
        '结果',
        '修改前',
        '修改后',
      ]);
      expect(lines.map((line) => Number(line[0]))).toEqual(searched.map((row) => row.id));
      const byTarget = (id: string) =>
        lines.find((line) => line[9] === id || line[9] === `'${id}`)!;
      expect(byTarget('day-1').slice(1, 5)).toEqual([
        '2025-03-02 00:00:00',
        'linyou.office',
        '营商办',
        '610329',
      ]);
      const update = byTarget('7');
      expect(update.slice(7, 11)).toEqual(['widget.update', 'widget', '7', '成功']);
      expect(JSON.parse(update[11]!)).toEqual({ title: '优化营商环境', password: '[REDACTED]' });
      expect(JSON.parse(update[12]!)).toEqual({ title: '持续优化营商环境，"一网通办"' });
      // Cells Excel would run as formulas are defused.
      const danger = byTarget('=HYPERLINK("http://evil")');
      expect(danger[2]).toBe("'-danger");
      expect(danger[9]).toBe(`'=HYPERLINK("http://evil")`);
      expect(danger[10]).toBe('失败');
      // The export itself is on record.
      const [exported] = (await search(linyou, 'action=audit.export')).body.items;
      expect(exported).toMatchObject({
        actorUsername: 'linyou.office',
        targetType: 'audit_log',
        after: { filter: { targetType: 'widget' }, rows: lines.length },
      });
    });

    it('applies the scope: another county’s office exports a header only', async () => {
      const result = await meixian.get<string>('/api/audit/export?actor=linyou.office');

      expect(result.status).toBe(200);
      expect(parseCsv(result.body)).toHaveLength(1);
    });

    it('streams large exports in batches, every row once, newest first', async () => {
      await bulkInsert(context.api.app.get(DataSource), 'bulk.small', 2_500);

      const result = await linyou.get<string>('/api/audit/export?action=bulk.small');

      const ids = parseCsv(result.body)
        .slice(1)
        .map((line) => Number(line[0]));
      expect(ids).toHaveLength(2_500);
      expect(new Set(ids).size).toBe(2_500);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
    });

    it('refuses more than 100 000 rows before sending anything', async () => {
      await bulkInsert(context.api.app.get(DataSource), 'bulk.large', 100_001);

      const result = await linyou.get<ApiErrorBody>('/api/audit/export?action=bulk.large');

      expect(result.status).toBe(400);
      expect(result.body.code).toBe('AUDIT_EXPORT_TOO_LARGE');
      expect(result.body.message).toContain('100000');
      expect(result.headers.get('content-disposition')).toBeNull();
    }, 60_000);
  });
});

/** Inserts `count` rows of linyou (610329) in one statement, as the database writes them. */
async function bulkInsert(dataSource: DataSource, action: string, count: number): Promise<void> {
  await dataSource.query(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})
     INSERT INTO "audit_log" ("actor_username", "jurisdiction_code", "action", "target_type", "target_id", "outcome")
     SELECT 'bulk', '610329', '${action}', 'bulk', CAST(i AS varchar(16)), 'success' FROM n`,
  );
}
