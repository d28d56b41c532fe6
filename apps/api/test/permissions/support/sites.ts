import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { SignedInClient } from '../../support/auth.js';
import type { Sessions } from './actors.js';
import { sql } from './database-state.js';

/**
 * Where the objects of a matrix row live. Seen from the actors (actors.ts):
 * - L, 麟游县: their own county (a county under the city for city actors);
 * - M, 眉县: another county of the same city (own county of the `county` actor);
 * - C, 宝鸡市: the city itself (own jurisdiction of the city actors, above the counties);
 * - Y, 宜君县: a county of another city, foreign to every actor.
 */
export const SITES = ['L', 'M', 'C', 'Y'] as const;
export type SiteKey = (typeof SITES)[number];

interface SiteUser {
  username: string;
  /** Created by the site's office through the API when the demo accounts have no such user. */
  create?: { role: 'leader' | 'department'; displayName: string; department?: string };
}

interface SiteDefinition {
  jurisdictionCode: string;
  planKey: string;
  /** The task the shared objects hang on (麟游 task "1": led by 县行政审批服务局, 县发改局 not on it). */
  taskCode: string;
  leadDepartment: string;
  /** A department that must not be on any task this site uses (the `dept` actor's). */
  absentDepartment: string | null;
  /** A department supporting the main task and `supportTaskCode` (the `support` actor's). */
  support: { user: SiteUser; taskCode: string } | null;
  office: string;
  lead: SiteUser;
  leader: SiteUser;
}

const DEFINITIONS: Record<SiteKey, SiteDefinition> = {
  L: {
    jurisdictionCode: '610329',
    planKey: 'linyou-2021',
    taskCode: '1',
    leadDepartment: '县行政审批服务局',
    absentDepartment: '县发改局',
    support: {
      user: {
        username: 'perm.linyou.scjg',
        create: {
          role: 'department',
          displayName: '县市场监管局（权限矩阵）',
          department: '县市场监管局',
        },
      },
      taskCode: '3',
    },
    office: 'linyou.office',
    lead: { username: 'linyou.xzsp' },
    leader: { username: 'linyou.leader' },
  },
  M: {
    jurisdictionCode: '610326',
    planKey: 'meixian-2024',
    taskCode: '1',
    leadDepartment: '县行政审批局',
    absentDepartment: null,
    support: null,
    office: 'meixian.office',
    lead: { username: 'meixian.xzsp' },
    leader: {
      username: 'perm.meixian.leader',
      create: { role: 'leader', displayName: '眉县领导（权限矩阵）' },
    },
  },
  C: {
    jurisdictionCode: '610300',
    planKey: 'baoji-2022',
    taskCode: '2',
    leadDepartment: '市行政审批服务局',
    absentDepartment: null,
    support: null,
    office: 'baoji.office',
    lead: {
      username: 'perm.baoji.xzsp',
      create: {
        role: 'department',
        displayName: '市行政审批服务局（权限矩阵）',
        department: '市行政审批服务局',
      },
    },
    leader: {
      username: 'perm.baoji.leader',
      create: { role: 'leader', displayName: '宝鸡市领导（权限矩阵）' },
    },
  },
  Y: {
    jurisdictionCode: '610222',
    planKey: 'yijun-2021',
    taskCode: '一.1',
    leadDepartment: '县行政审批服务局',
    absentDepartment: null,
    support: null,
    office: 'yijun.office',
    lead: {
      username: 'perm.yijun.xzsp',
      create: {
        role: 'department',
        displayName: '宜君县行政审批服务局（权限矩阵）',
        department: '县行政审批服务局',
      },
    },
    leader: {
      username: 'perm.yijun.leader',
      create: { role: 'leader', displayName: '宜君县领导（权限矩阵）' },
    },
  },
};

const INITIAL_PASSWORD = 'Chushi@Mima2026';
const CHANGED_PASSWORD = 'Juzhen@Mima2026';

/** A site with its seed facts (read once through the DataSource) and its users' sessions. */
export class Site {
  readonly jurisdictionCode: string;
  planId = 0;
  taskId = 0;
  leadDepartmentId = 0;
  /** A second task the support department is on (null: the site has no support relation). */
  supportTaskId: number | null = null;
  /** Further tasks of the same shape as the main one, for writes that use a task up. */
  private pool: number[] = [];
  private departmentIds = new Map<string, number>();
  private readonly createdUsers = new Map<string, Promise<void>>();

  constructor(
    readonly key: SiteKey,
    private readonly definition: SiteDefinition,
    private readonly sessions: Sessions,
  ) {
    this.jurisdictionCode = definition.jurisdictionCode;
  }

  async load(app: NestFastifyApplication): Promise<void> {
    const { jurisdictionCode, planKey, taskCode, leadDepartment, absentDepartment, support } =
      this.definition;
    const [plan] = await sql<{ id: number }>(app, 'SELECT id FROM plan WHERE key = ?', [planKey]);
    if (!plan) throw new Error(`site ${this.key}: no plan ${planKey}`);
    this.planId = Number(plan.id);
    const departments = await sql<{ id: number; name: string }>(
      app,
      'SELECT id, name FROM department WHERE jurisdiction_code = ?',
      [jurisdictionCode],
    );
    this.departmentIds = new Map(departments.map((row) => [row.name, Number(row.id)]));
    this.leadDepartmentId = this.departmentId(leadDepartment);
    // Top-level tasks the lead department leads, without targets (a lead report needs none),
    // and without the absent department.
    const tasks = await sql<{ id: number; code: string }>(
      app,
      `SELECT t.id, t.code FROM task t
        WHERE t.plan_id = ? AND t.parent_id IS NULL
          AND EXISTS (SELECT 1 FROM task_department td
                       WHERE td.task_id = t.id AND td.department_id = ? AND td.role = 'lead')
          AND NOT EXISTS (SELECT 1 FROM target g WHERE g.task_id = t.id)
          AND NOT EXISTS (SELECT 1 FROM task_department td JOIN department d ON d.id = td.department_id
                           WHERE td.task_id = t.id AND d.jurisdiction_code = ? AND d.name = ?)
        ORDER BY t.id`,
      [this.planId, this.leadDepartmentId, jurisdictionCode, absentDepartment ?? ''],
    );
    const byCode = (code: string) => {
      const task = tasks.find((candidate) => candidate.code === code);
      if (!task) throw new Error(`site ${this.key}: task ${code} does not fit`);
      return Number(task.id);
    };
    this.taskId = byCode(taskCode);
    this.supportTaskId = support ? byCode(support.taskCode) : null;
    this.pool = tasks
      .map((task) => Number(task.id))
      .filter((id) => id !== this.taskId && id !== this.supportTaskId);
    if (support?.user.create?.department) {
      const supporting = await sql(
        app,
        "SELECT task_id FROM task_department WHERE department_id = ? AND role = 'support' AND task_id IN (?, ?)",
        [this.departmentId(support.user.create.department), this.taskId, this.supportTaskId],
      );
      if (supporting.length !== 2)
        throw new Error(`site ${this.key}: the support department is not on both tasks`);
    }
  }

  departmentId(name: string): number {
    const id = this.departmentIds.get(name);
    if (id === undefined) throw new Error(`site ${this.key}: no department ${name}`);
    return id;
  }

  /** An untouched task of the same shape as the main one (lead department on it). */
  takeTask(): number {
    const id = this.pool.shift();
    if (id === undefined) throw new Error(`site ${this.key}: no unused task left`);
    return id;
  }

  office(): Promise<SignedInClient> {
    return this.sessions.client(this.definition.office);
  }

  lead(): Promise<SignedInClient> {
    return this.user(this.definition.lead);
  }

  leader(): Promise<SignedInClient> {
    return this.user(this.definition.leader);
  }

  /** The supporting department's user (L only). */
  support(): Promise<SignedInClient> {
    if (!this.definition.support) throw new Error(`site ${this.key} has no support department`);
    return this.user(this.definition.support.user);
  }

  private async user(user: SiteUser): Promise<SignedInClient> {
    if (user.create) await this.createOnce(user.username, user.create);
    return this.sessions.client(user.username);
  }

  /** Creates the account through the office and sets its own password (first sign-in). */
  private createOnce(username: string, create: NonNullable<SiteUser['create']>): Promise<void> {
    let done = this.createdUsers.get(username);
    if (!done) {
      done = (async () => {
        const office = await this.office();
        const created = await office.post('/api/users', {
          username,
          displayName: create.displayName,
          role: create.role,
          departmentId:
            create.department === undefined ? null : this.departmentId(create.department),
          initialPassword: INITIAL_PASSWORD,
        });
        if (created.status !== 201) {
          throw new Error(
            `creating ${username}: ${created.status} ${JSON.stringify(created.body)}`,
          );
        }
        this.sessions.setPassword(username, INITIAL_PASSWORD);
        const first = await this.sessions.client(username);
        const changed = await first.post('/api/auth/password', {
          currentPassword: INITIAL_PASSWORD,
          newPassword: CHANGED_PASSWORD,
        });
        if (changed.status !== 200) {
          throw new Error(`first password of ${username}: ${changed.status}`);
        }
        this.sessions.setPassword(username, CHANGED_PASSWORD);
      })();
      this.createdUsers.set(username, done);
    }
    return done;
  }
}

export async function loadSites(
  app: NestFastifyApplication,
  sessions: Sessions,
): Promise<Record<SiteKey, Site>> {
  const sites = {
    L: new Site('L', DEFINITIONS.L, sessions),
    M: new Site('M', DEFINITIONS.M, sessions),
    C: new Site('C', DEFINITIONS.C, sessions),
    Y: new Site('Y', DEFINITIONS.Y, sessions),
  };
  for (const site of Object.values(sites)) await site.load(app);
  return sites;
}
