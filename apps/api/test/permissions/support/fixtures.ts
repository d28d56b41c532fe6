import type { HttpResult } from '../../support/test-app.js';
import type { SignedInClient } from '../../support/auth.js';
import type { Site, SiteKey } from './sites.js';

/** An object a route acts on. `id` goes into the path; the rest into bodies. */
export interface Fixture {
  id: number | string;
  version?: number;
  /** The task the object hangs on, for routes under /tasks/:id. */
  taskId?: number;
  /** A report's evidence file. */
  attachmentId?: string;
  /** A bulletin's month. */
  period?: string;
}

/** The kinds of objects rows are about; each is created through the API by the site's own users. */
export type FixtureKind =
  | 'jurisdiction'
  | 'plan'
  | 'task'
  | 'report'
  | 'draftReport'
  | 'attachment'
  | 'problem'
  | 'rectifiedProblem'
  | 'notice'
  | 'draftNotice'
  | 'instruction'
  | 'notification'
  | 'closureRequest'
  | 'changeRequest'
  | 'user'
  | 'holidayYear'
  | 'bulletin'
  | 'publishedBulletin';

/** A year without built-in holiday data: overriding it changes no computed due date. */
export const OVERRIDE_YEAR = 2031;

/** Fails the setup with the answer, so a broken fixture route says what it answered. */
function ok<T>(what: string, result: HttpResult<T>, status: number): T {
  if (result.status !== status) {
    throw new Error(
      `fixture ${what}: expected ${status}, got ${result.status} ${JSON.stringify(result.body)}`,
    );
  }
  return result.body;
}

/** A multipart body with one small PDF, as POST /api/attachments takes it. */
export function pdfForm(): FormData {
  const form = new FormData();
  form.append(
    'file',
    new Blob(['%PDF-1.4\n% 权限矩阵\n%%EOF\n'], { type: 'application/pdf' }),
    '佐证材料.pdf',
  );
  return form;
}

/** Uploads a small PDF as `client`. */
export async function uploadPdf(
  baseUrl: string,
  client: SignedInClient,
): Promise<HttpResult<{ id: string }>> {
  const response = await fetch(`${baseUrl}/api/attachments`, {
    method: 'POST',
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken },
    body: pdfForm(),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as { id: string },
  };
}

/**
 * Objects of each kind in each site: `shared` ones (created once, read by every refused or
 * read-only cell, which must leave them as they are) and `fresh` ones for each cell whose
 * write is expected to succeed (a success uses its object up: an approved request, a submitted
 * report…).
 */
export class Fixtures {
  private readonly shared = new Map<string, Promise<Fixture>>();
  private serial = 0;
  private periodIndex = 0;
  private bulletinPeriodIndex = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly sites: Record<SiteKey, Site>,
    private readonly admin: () => Promise<SignedInClient>,
  ) {}

  get(kind: FixtureKind, site: SiteKey): Promise<Fixture> {
    const key = `${kind}/${site}`;
    let fixture = this.shared.get(key);
    if (!fixture) {
      fixture = this.create(kind, this.sites[site], true);
      this.shared.set(key, fixture);
    }
    return fixture;
  }

  fresh(kind: FixtureKind, site: SiteKey): Promise<Fixture> {
    return this.create(kind, this.sites[site], false);
  }

  /** A unique suffix for names and texts. */
  next(): number {
    return ++this.serial;
  }

  /**
   * A report period not used yet: every report is (task, department, period), and the clock
   * stands in 2025-07, so periods count back from 2025-06.
   */
  nextPeriod(): string {
    const months = 2025 * 12 + 5 - this.periodIndex++;
    return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
  }

  /**
   * A bulletin month not used yet. Counted up from 2020-01, far from the report periods
   * (counted back from 2025-06), so a published bulletin's lock never blocks a report cell.
   */
  nextBulletinPeriod(): string {
    const months = 2020 * 12 + this.bulletinPeriodIndex++;
    return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
  }

  private create(kind: FixtureKind, site: Site, shared: boolean): Promise<Fixture> {
    switch (kind) {
      case 'jurisdiction':
        return Promise.resolve({ id: site.jurisdictionCode });
      case 'plan':
        return Promise.resolve({ id: site.planId });
      case 'task':
        return this.task(site, shared ? site.taskId : site.takeTask());
      case 'report':
        return this.report(site, true);
      case 'draftReport':
        return this.report(site, false);
      case 'attachment':
        return this.get('report', site.key).then((report) => ({ id: report.attachmentId! }));
      case 'problem':
        return this.problem(site, false);
      case 'rectifiedProblem':
        return this.problem(site, true);
      case 'notice':
        return this.notice(site, true);
      case 'draftNotice':
        return this.notice(site, false);
      case 'instruction':
        return this.instruction(site);
      case 'notification':
        return this.notification(site);
      case 'closureRequest':
        // The shared one on the second task the support department is on (it changes the task's status).
        return this.closureRequest(
          site,
          shared && site.supportTaskId !== null ? site.supportTaskId : site.takeTask(),
        );
      case 'changeRequest':
        return this.changeRequest(site, shared ? site.taskId : site.takeTask());
      case 'user':
        return this.user(site);
      case 'holidayYear':
        return this.holidayYear();
      case 'bulletin':
        return this.bulletin(site, false);
      case 'publishedBulletin':
        return this.bulletin(site, true);
    }
  }

  /** A month's bulletin the site's office generates (and publishes). */
  private async bulletin(site: Site, publish: boolean): Promise<Fixture> {
    const office = await site.office();
    const period = this.nextBulletinPeriod();
    const generated = ok(
      'bulletin',
      await office.post<{ id: number; version: number }>(
        `/api/jurisdictions/${site.jurisdictionCode}/bulletins`,
        { periodKind: 'month', period },
      ),
      201,
    );
    if (!publish) return { id: generated.id, version: generated.version, period };
    const published = ok(
      'publish bulletin',
      await office.post<{ id: number; version: number }>(`/api/bulletins/${generated.id}/publish`, {
        version: generated.version,
      }),
      200,
    );
    return { id: published.id, version: published.version, period };
  }

  private async task(site: Site, id: number): Promise<Fixture> {
    const office = await site.office();
    const task = ok('task', await office.get<{ version: number }>(`/api/tasks/${id}`), 200);
    return { id, version: task.version, taskId: id };
  }

  /** A problem the office registers on the main task, owned by the lead department. */
  private async problem(site: Site, rectified: boolean): Promise<Fixture> {
    const n = this.next();
    const office = await site.office();
    const problem = ok(
      'problem',
      await office.post<{ id: number; version: number }>('/api/problems', {
        taskId: site.taskId,
        source: 'supervision',
        description: `权限矩阵问题 ${n}`,
        ownerDepartmentId: site.leadDepartmentId,
        deadline: '2099-12-31',
      }),
      201,
    );
    if (!rectified) return { id: problem.id, version: problem.version, taskId: site.taskId };
    const lead = await site.lead();
    const marked = ok(
      'rectify problem',
      await lead.patch<{ version: number }>(`/api/problems/${problem.id}`, {
        version: problem.version,
        measure: `整改措施 ${n}`,
        status: 'rectified',
      }),
      200,
    );
    return { id: problem.id, version: marked.version, taskId: site.taskId };
  }

  /** A notice on the main task, addressed to the lead department: issued, or a draft. */
  private async notice(site: Site, issue: boolean): Promise<Fixture> {
    const office = await site.office();
    const notice = ok(
      'notice',
      await office.post<{ id: number; version: number }>('/api/notices', {
        departmentId: site.leadDepartmentId,
        taskId: site.taskId,
        reason: `权限矩阵督办 ${this.next()}`,
        level: 'supervision',
        responseDue: '2099-12-31',
        issue,
      }),
      201,
    );
    return { id: notice.id, version: notice.version, taskId: site.taskId };
  }

  /** A leader's instruction on the main task (its departments are notified and must acknowledge). */
  private async instruction(site: Site): Promise<Fixture> {
    const leader = await site.leader();
    const instruction = ok(
      'instruction',
      await leader.post<{ id: number }>(`/api/tasks/${site.taskId}/instructions`, {
        text: `请抓紧落实 ${this.next()}`,
      }),
      201,
    );
    return { id: instruction.id, taskId: site.taskId };
  }

  /** The notification the shared instruction sent the lead department. */
  private async notification(site: Site): Promise<Fixture> {
    const instruction = await this.get('instruction', site.key);
    const lead = await site.lead();
    const list = ok(
      'notifications',
      await lead.get<{ items: { id: number; kind: string; link: string | null }[] }>(
        '/api/notifications',
      ),
      200,
    );
    const found = list.items.find(
      (item) => item.kind === 'leader_instruction' && item.link === `/tasks/${instruction.taskId}`,
    );
    if (!found) throw new Error(`fixture notification: none for site ${site.key}`);
    return { id: found.id };
  }

  /** A pending closure request of the lead department, with its evidence. */
  private async closureRequest(site: Site, taskId: number): Promise<Fixture> {
    const task = await this.task(site, taskId);
    const lead = await site.lead();
    const evidence = ok('upload', await uploadPdf(this.baseUrl, lead), 201);
    const request = ok(
      'closure request',
      await lead.post<{ id: number; version: number }>(`/api/tasks/${taskId}/closure-requests`, {
        note: `已完成 ${this.next()}`,
        attachmentIds: [evidence.id],
        version: task.version,
      }),
      201,
    );
    return { id: request.id, version: request.version, taskId };
  }

  /** A pending extension request of the lead department. */
  private async changeRequest(site: Site, taskId: number): Promise<Fixture> {
    const lead = await site.lead();
    const request = ok(
      'change request',
      await lead.post<{ id: number; version: number }>(`/api/tasks/${taskId}/change-requests`, {
        kind: 'extension',
        reason: `需要延期 ${this.next()}`,
        proposedDeadlineDate: '2099-06-30',
        proposedDeadlinePrinted: '2099年6月底前',
      }),
      201,
    );
    return { id: request.id, version: request.version, taskId };
  }

  /** An account of the site, created by its office. */
  private async user(site: Site): Promise<Fixture> {
    const n = this.next();
    const office = await site.office();
    const user = ok(
      'user',
      await office.post<{ id: number; version: number }>('/api/users', {
        username: `perm.${site.key.toLowerCase()}.user${n}`,
        displayName: `矩阵用户${n}`,
        role: 'leader',
        departmentId: null,
        initialPassword: 'Chushi@Mima2026',
      }),
      201,
    );
    return { id: user.id, version: user.version };
  }

  /** A report of the lead department on the site's main task, submitted or left as a draft. */
  private async report(site: Site, submit: boolean): Promise<Fixture> {
    const lead = await site.lead();
    const evidence = ok('upload', await uploadPdf(this.baseUrl, lead), 201);
    const saved = ok(
      'report',
      await lead.put<{ id: number; version: number }>(
        `/api/tasks/${site.taskId}/reports/${this.nextPeriod()}`,
        {
          workDone: '按计划推进',
          problems: '无',
          nextSteps: '继续推进',
          completionPercent: 40,
          attachmentIds: [evidence.id],
        },
      ),
      200,
    );
    const fixture = {
      id: saved.id,
      version: saved.version,
      taskId: site.taskId,
      attachmentId: evidence.id,
    };
    if (!submit) return fixture;
    const submitted = ok(
      'submit report',
      await lead.post<{ version: number }>(`/api/reports/${saved.id}/submit`, {
        version: saved.version,
      }),
      200,
    );
    return { ...fixture, version: submitted.version };
  }

  /** Makes sure OVERRIDE_YEAR is overridden (the administrator's correction) and returns its version. */
  private async holidayYear(): Promise<Fixture> {
    const admin = await this.admin();
    const years = ok(
      'years',
      await admin.get<{ year: number; version: number | null; source: string }[]>(
        '/api/calendar/years',
      ),
      200,
    );
    const current = years.find((year) => year.year === OVERRIDE_YEAR && year.source === 'override');
    if (current) return { id: OVERRIDE_YEAR, version: current.version ?? undefined };
    const saved = ok(
      'holiday year',
      await admin.put<{ version: number }>(`/api/calendar/years/${OVERRIDE_YEAR}`, {
        holidays: [`${OVERRIDE_YEAR}-01-01`],
        makeupWorkdays: [],
      }),
      200,
    );
    return { id: OVERRIDE_YEAR, version: saved.version };
  }
}
