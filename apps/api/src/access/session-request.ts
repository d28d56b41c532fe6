import type { SessionUser } from '@bizenv/shared';

/** The session the access guard resolved for a request (null: nobody signed in). */
export interface RequestSession {
  /** SHA-256 of the session token (the cookie value), the session's primary key. */
  id: string;
  csrfToken: string;
  user: SessionUser;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the access guard before any handler runs. */
    session?: RequestSession | null;
  }
}
