import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { contentTypeOf, resolveInside } from '../../electron/main/static-files';

/**
 * Serves the built renderer on 127.0.0.1 with the same path check and the
 * same Content-Security-Policy header as the app:// protocol.
 */
export async function serveStatic(
  root: string,
  port = 0,
): Promise<{ origin: string; port: number; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const urlPath = (request.url ?? '/').split(/[?#]/)[0] ?? '/';
    const file = resolveInside(root, urlPath);
    if (!file || request.method !== 'GET') {
      response.writeHead(404).end('Not found');
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': contentTypeOf(file),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
        });
        response.end(body);
      },
      () => response.writeHead(404).end('Not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${bound}`,
    port: bound,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
