import type {
  ApiErrorBody,
  BulletinDetailResponse,
  BulletinResponse,
  JurisdictionDashboardResponse,
  ReportDetailResponse,
  TaskResponse,
} from '@bizenv/shared';
import { TASK_STATUS_LABELS, TASK_STATUSES } from '@bizenv/shared';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { freezeChinaTime, LINYOU, linyouTask } from '../reports/reporting-fixtures.js';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { docxParagraphs, download, ledgerRows } from './bulletin-fixtures.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const percent = (rate: number | null) => (rate === null ? 0 : Math.round(rate * 1000) / 10);

/**
 * 麟游's July 2025 bulletin. 县行政审批服务局 (linyou.xzsp) reports on task "2" (target ≥150 项)
 * with 120 项 — a missed target — and everyone else reports nothing, so the other departments'
 * July reports are missing once the due date (07-21) has passed. The documents are read back and
 * compared with the dashboard API as of 2025-07-31.
 */
describe('generating a bulletin', () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  let task2: TaskResponse;
  let bulletin: BulletinDetailResponse;
  let dashboard: JurisdictionDashboardResponse;

  beforeAll(async () => {
    freezeChinaTime(context.api, '2025-07-10T10:00');
    task2 = await linyouTask(office, '2');
    const saved = await xzsp.put<ReportDetailResponse>(`/api/tasks/${task2.id}/reports/2025-07`, {
      workDone: '“证照分离”改革事项全部落地，完成告知承诺制改造',
      completionPercent: 60,
      targetActuals: [{ targetId: task2.targets[0]!.id, value: 120 }],
    });
    expect(saved.status).toBe(200);
    const submitted = await xzsp.post<ReportDetailResponse>(
      `/api/reports/${saved.body.id}/submit`,
      {
        version: saved.body.version,
      },
    );
    expect(submitted.status).toBe(200);
    const accepted = await office.post(`/api/reports/${saved.body.id}/accept`, {
      version: submitted.body.version,
    });
    expect(accepted.status).toBe(200);

    freezeChinaTime(context.api, '2025-08-05T09:00');
    const generated = await office.post<BulletinDetailResponse>(
      `/api/jurisdictions/${LINYOU}/bulletins`,
      { periodKind: 'month', period: '2025-07' },
    );
    expect(generated.status).toBe(201);
    bulletin = generated.body;
    const answer = await office.get<JurisdictionDashboardResponse>(
      `/api/dashboards/jurisdictions/${LINYOU}?asOf=2025-07-31`,
    );
    expect(answer.status).toBe(200);
    dashboard = answer.body;
  });

  it('records the period, who generated it and both files', () => {
    expect(bulletin).toMatchObject({
      jurisdictionCode: LINYOU,
      jurisdictionName: '麟游县',
      periodKind: 'month',
      period: '2025-07',
      periodLabel: '2025年7月',
      title: '麟游县优化营商环境工作2025年7月通报',
      status: 'draft',
      generatedBy: { id: office.user.id },
      generatedAt: '2025-08-05T01:00:00.000Z',
      publishedBy: null,
      locks: [],
      version: 1,
    });
    expect(bulletin.files.map((file) => file.kind)).toEqual(['docx', 'xlsx']);
    expect(bulletin.figures.asOf).toBe('2025-07-31');
  });

  it('writes the dashboard figures of the period into the Word document', async () => {
    const file = await download(
      context.api.baseUrl,
      office,
      `/api/bulletins/${bulletin.id}/files/docx`,
    );
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('wordprocessingml.document');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="attachment.docx"; filename*=UTF-8''${encodeURIComponent(
        '麟游县优化营商环境工作2025年7月通报.docx',
      )}`,
    );
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(sha256(file.bytes)).toBe(bulletin.files[0]!.sha256);

    const paragraphs = docxParagraphs(file.bytes);
    const text = paragraphs.join('\n');
    // Table cells are paragraphs of their own: rows read as their cells run together.
    const flat = paragraphs.join('');
    const totals = dashboard.totals;
    expect(paragraphs).toContain('〔    〕号');
    expect(paragraphs).toContain('麟游县优化营商环境工作2025年7月通报');
    expect(paragraphs).toContain('2025年8月5日');
    expect(text).toContain(
      `截至2025年7月31日，麟游县共有优化营商环境任务${totals.total}项，已完成${totals.completed}项，` +
        `完成率${percent(totals.completionRate)}%`,
    );
    expect(text).toContain(`逾期未完成任务${totals.overdue}项。`);
    const s = dashboard.targetSummary;
    expect(text).toContain(
      `量化目标共${dashboard.targets.length}项，已达标${s.met}项，推进中${s.on_track}项，未达标${s.missed}项，暂无数据${s.no_data}项。`,
    );
    const reports = dashboard.departments.reduce(
      (sum, d) => ({
        expected: sum.expected + d.reports.expected,
        onTime: sum.onTime + d.reports.onTime,
        late: sum.late + d.reports.late,
        missing: sum.missing + d.reports.missing,
      }),
      { expected: 0, onTime: 0, late: 0, missing: 0 },
    );
    expect(reports.onTime).toBeGreaterThan(0);
    expect(reports.missing).toBeGreaterThan(0);
    expect(text).toContain(
      `2025年7月应报送月度进展报告${reports.expected}份，按时报送${reports.onTime}份，迟报${reports.late}份，未报${reports.missing}份。`,
    );
    // Every overdue task, the missed target of task 2 and every ranked department are listed.
    for (const task of dashboard.overdueTasks) {
      expect(flat).toContain(`${task.code}${task.title}`);
    }
    expect(s.missed).toBeGreaterThan(0);
    expect(flat).toContain(`${task2.code}${task2.targets[0]!.metric}≥150项120项县行政审批服务局`);
    const xzspRow = dashboard.departments.find((d) => d.name === '县行政审批服务局')!;
    const ranked = bulletin.figures.ranking.find((row) => row.departmentId === xzspRow.id)!;
    expect(ranked).toMatchObject({
      tasksLed: xzspRow.tasksLed,
      overdueTasks: xzspRow.overdue,
      onTimeCompletionRate:
        xzspRow.onTimeCompletionRate === null ? null : percent(xzspRow.onTimeCompletionRate),
    });
    expect(flat).toContain(`${ranked.rank}县行政审批服务局${xzspRow.tasksLed}`);
  });

  it('writes every task into the Excel ledger with status, progress and target actuals', async () => {
    const file = await download(
      context.api.baseUrl,
      office,
      `/api/bulletins/${bulletin.id}/files/xlsx`,
    );
    expect(file.status).toBe(200);
    expect(sha256(file.bytes)).toBe(bulletin.files[1]!.sha256);
    const ledger = await ledgerRows(file.bytes);

    expect(ledger.frozenRows).toBe(1);
    expect(ledger.headers).toEqual([
      '序号',
      '任务编号',
      '任务名称',
      '指标',
      '牵头单位',
      '配合单位',
      '完成时限',
      '状态',
      '完成进度（%）',
      '最新进展月份',
      '最新进展',
      '量化目标及实际值',
    ]);
    expect(ledger.rows).toHaveLength(dashboard.totals.total);
    for (const status of TASK_STATUSES) {
      expect(
        ledger.rows.filter((row) => row['状态'] === TASK_STATUS_LABELS[status]),
        status,
      ).toHaveLength(dashboard.totals.byStatus[status]);
    }
    const row2 = ledger.rows.find((row) => row['任务名称'] === task2.title)!;
    expect(row2).toMatchObject({
      牵头单位: '县行政审批服务局',
      配合单位: expect.stringContaining('县发改局'),
      状态: '推进中',
      '完成进度（%）': 60,
      最新进展月份: '2025-07',
      最新进展: '“证照分离”改革事项全部落地，完成告知承诺制改造',
    });
    expect(row2['量化目标及实际值']).toContain('≥150项：实际120项（未达标）');
  });

  it('criticises the departments with overdue tasks or missing reports, for the assessment', () => {
    const criticised = new Map(bulletin.departments.map((d) => [d.departmentId, d.reason]));
    expect(criticised.size).toBeGreaterThan(0);
    for (const department of dashboard.departments) {
      const { overdue, reports } = department;
      const reason = criticised.get(department.id);
      if (overdue + reports.late + reports.missing === 0) {
        expect(reason, department.name).toBeUndefined();
        continue;
      }
      expect(reason, department.name).toBeDefined();
      if (overdue > 0) expect(reason).toContain(`牵头任务逾期${overdue}项`);
      if (reports.missing > 0) expect(reason).toContain(`月度报告未报${reports.missing}份`);
    }
  });

  it('lists the bulletin with who generated it and when', async () => {
    const list = await office.get<BulletinResponse[]>(`/api/jurisdictions/${LINYOU}/bulletins`);
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({
      id: bulletin.id,
      generatedBy: { id: office.user.id, name: office.user.displayName },
      generatedAt: bulletin.generatedAt,
    });
    expect(list.body[0]).not.toHaveProperty('figures');
  });

  it('regenerates a draft in place with new files', async () => {
    freezeChinaTime(context.api, '2025-08-06T09:00');
    const again = await office.post<BulletinDetailResponse>(
      `/api/jurisdictions/${LINYOU}/bulletins`,
      { periodKind: 'month', period: '2025-07' },
    );
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(bulletin.id);
    expect(again.body.version).toBe(bulletin.version + 1);
    expect(again.body.generatedAt).toBe('2025-08-06T01:00:00.000Z');
    // Same figures as of the same day.
    expect(again.body.figures).toEqual(bulletin.figures);
  });

  it('answers two simultaneous generations of a new period without an error, keeping one bulletin', async () => {
    const generate = () =>
      office.post(`/api/jurisdictions/${LINYOU}/bulletins`, {
        periodKind: 'month',
        period: '2025-06',
      });
    const answers = await Promise.all([generate(), generate()]);
    // Queued (SQLite) the second regenerates the first's draft; racing (PostgreSQL) it is told to retry.
    expect(answers.map((answer) => answer.status).sort()).toSatisfy(
      (statuses: number[]) => statuses[0] === 201 && (statuses[1] === 201 || statuses[1] === 409),
    );
    const list = await office.get<BulletinResponse[]>(`/api/jurisdictions/${LINYOU}/bulletins`);
    expect(list.body.filter((b) => b.period === '2025-06')).toHaveLength(1);
  });

  it.each([
    ['month', '2025-13'],
    ['month', '2025-Q3'],
    ['quarter', '2025-07'],
    ['quarter', '2025-Q5'],
    ['month', '2025-09'],
    ['quarter', '2025-Q4'],
  ])('refuses the period %s %s', async (periodKind, period) => {
    const refused = await office.post<ApiErrorBody>(`/api/jurisdictions/${LINYOU}/bulletins`, {
      periodKind,
      period,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('BULLETIN_PERIOD_INVALID');
  });
});
