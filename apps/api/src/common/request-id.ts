import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** Response header that carries the request id, to match a user's report with the log. */
const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Fastify options for request ids: a fresh UUID per request. An incoming x-request-id is not
 * trusted, since a client could reuse one to muddle the log.
 */
export const requestIdOptions = {
  genReqId: () => randomUUID(),
  requestIdHeader: false,
} as const;

export function exposeRequestId(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
}
