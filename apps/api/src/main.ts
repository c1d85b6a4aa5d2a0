// Start-up in two steps. First the embedded database starts opening in its worker thread (when
// there is no DATABASE_URL); then the application loads (app.ts: ~1 s of compiling and building
// the schema on this thread) while PostgreSQL starts beside it on the second core.
//
// Nothing is imported statically but node:module: Node's compile cache (Node ≥ 22) must be on
// before the bundle's chunks are compiled. The cache lives in NODE_COMPILE_CACHE when set, else
// under the system's temporary directory; a second start reuses the compiled code.
import nodeModule from 'node:module';

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

try {
  const { dirname, join } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const { openEmbeddedDatabaseEarly } = await import('./embedded-database.js');
  openEmbeddedDatabaseEarly(process.env, join(dirname(fileURLToPath(import.meta.url)), '../../..'));
  await import('./app.js');
} catch (error) {
  // A start that fails (a missing or invalid setting, an unreachable database) says why in one
  // line. Left uncaught, Node would print the line of the bundle where the error was thrown,
  // which in the minified build is tens of kilobytes of code. The stack is for developers.
  const message = error instanceof Error ? error.message : String(error);
  console.error(`The API could not start: ${message}`);
  if (process.env.NODE_ENV === 'development' && error instanceof Error && error.stack) console.error(error.stack);
  process.exit(1);
}
