import type { FastifyInstance } from 'fastify';

/** Where the console serves GraphiQL (bundled from npm, so it works without internet). */
export const EXPLORER_PATH = '/admin/explorer';

/**
 * A person who opens /graphql in a browser is sent to the console's GraphiQL page,
 * which asks them to sign in first. Scripts (POST, or GET without text/html) reach Apollo as before.
 */
export function redirectBrowsersToExplorer(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET') return;
    const [path, query] = request.url.split('?', 2);
    if (path !== '/graphql' || (query ?? '').includes('query=')) return;
    if (!String(request.headers.accept ?? '').includes('text/html')) return;
    return reply.redirect(EXPLORER_PATH, 302);
  });
}
