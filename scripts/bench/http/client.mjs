// A small HTTP client over node:http with keep-alive connections, signed in through the real
// login route like the web app: the session cookie on every request, the CSRF header on writes.
import { Buffer } from 'node:buffer';
import http from 'node:http';
import { URL } from 'node:url';

export function createClient(baseUrl, { connections = 10 } = {}) {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });

  /** Resolves with { status, headers, bytes, body (Buffer) }. */
  function send(method, path, { headers = {}, body } = {}) {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const request = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method,
          path,
          headers: {
            ...headers,
            ...(payload
              ? { 'content-type': 'application/json', 'content-length': payload.length }
              : {}),
          },
        },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => {
            const data = Buffer.concat(chunks);
            resolve({
              status: response.statusCode,
              headers: response.headers,
              bytes: data.length,
              body: data,
            });
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      if (payload) request.write(payload);
      request.end();
    });
  }

  return {
    send,
    close: () => agent.destroy(),
    /** POST /api/auth/login; returns a session whose get() carries the cookie. */
    async signIn(username, password) {
      const response = await send('POST', '/api/auth/login', { body: { username, password } });
      if (response.status !== 200) {
        throw new Error(`Sign-in of ${username} answered ${response.status}: ${response.body}`);
      }
      const cookie = String(response.headers['set-cookie']).split(';')[0];
      const { csrfToken, user } = JSON.parse(response.body.toString('utf8'));
      const headers = { cookie };
      return {
        user,
        get: (path) => send('GET', path, { headers }),
        post: (path, body) =>
          send('POST', path, { headers: { ...headers, 'x-csrf-token': csrfToken }, body }),
      };
    },
  };
}
