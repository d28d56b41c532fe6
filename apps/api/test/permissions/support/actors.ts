import type { Role } from '@bizenv/shared';
import { DEMO_PASSWORD, signIn, type SignedInClient } from '../../support/auth.js';

/**
 * The columns of the matrix, in the order every expectation row lists them. Each is a demo
 * account whose relation to the objects is fixed (objects: see sites.ts):
 * - office / leader: 麟游县营商办 and a 麟游 leader;
 * - lead: 麟游 县行政审批服务局, the lead department of every 麟游 object's task;
 * - support: 麟游 县市场监管局, a supporting department of the shared objects' tasks (an account
 *   the matrix creates through the office: the demo accounts have none);
 * - dept: 麟游 县发改局, a department of the same county that is not on those tasks;
 * - county: 眉县营商办, the office of another county under the same city;
 * - city / viewer: 宝鸡市营商办 and 宝鸡市查看 (both counties are under 宝鸡; 宜君 is not);
 * - admin: the system administrator.
 */
export const ACTORS = [
  'anon',
  'office',
  'leader',
  'lead',
  'support',
  'dept',
  'county',
  'city',
  'viewer',
  'admin',
] as const;
export type ActorKey = (typeof ACTORS)[number];

export const ACTOR_USERNAMES: Record<Exclude<ActorKey, 'anon'>, string> = {
  office: 'linyou.office',
  leader: 'linyou.leader',
  lead: 'linyou.xzsp',
  support: 'perm.linyou.scjg',
  dept: 'linyou.fgj',
  county: 'meixian.office',
  city: 'baoji.office',
  viewer: 'baoji.viewer',
  admin: 'admin',
};

/** Who an actor is, for the row checks (what it may read) and for requests. */
export interface Actor {
  key: ActorKey;
  /** null for the anonymous caller. */
  client: SignedInClient | null;
  username: string | null;
  role: Role | null;
  jurisdictionCode: string | null;
  departmentId: number | null;
}

/**
 * One signed-in session per user for the whole file (signing in costs an argon2 verification),
 * with the password the user has now (the password route changes it).
 */
export class Sessions {
  private readonly clients = new Map<string, Promise<SignedInClient>>();
  private readonly passwords = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  client(username: string): Promise<SignedInClient> {
    let client = this.clients.get(username);
    if (!client) {
      client = signIn(this.baseUrl, username, this.password(username));
      this.clients.set(username, client);
      // A failed sign-in is not cached: the next caller sees its own error.
      client.catch(() => this.clients.delete(username));
    }
    return client;
  }

  password(username: string): string {
    return this.passwords.get(username) ?? DEMO_PASSWORD;
  }

  setPassword(username: string, password: string): void {
    this.passwords.set(username, password);
  }

  /** A second, independent session of the user (another browser): for logout. */
  another(username: string): Promise<SignedInClient> {
    return signIn(this.baseUrl, username, this.password(username));
  }

  async actor(key: ActorKey): Promise<Actor> {
    if (key === 'anon') {
      return {
        key,
        client: null,
        username: null,
        role: null,
        jurisdictionCode: null,
        departmentId: null,
      };
    }
    const client = await this.client(ACTOR_USERNAMES[key]);
    return {
      key,
      client,
      username: client.user.username,
      role: client.user.role,
      jurisdictionCode: client.user.jurisdictionCode,
      departmentId: client.user.departmentId,
    };
  }
}
