// Start-up in two steps. First the embedded database starts opening in its worker thread (when
// there is no DATABASE_URL); then the application loads (app.ts: ~1 s of compiling and building
// the schema on this thread) while PostgreSQL starts beside it on the second core.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEmbeddedDatabaseEarly } from './embedded-database.js';

openEmbeddedDatabaseEarly(process.env, join(dirname(fileURLToPath(import.meta.url)), '../../..'));
await import('./app.js');
