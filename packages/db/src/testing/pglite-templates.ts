// The run's PGlite starting points made by global-setup.ts, for this package's tests.
import { inject } from 'vitest';
import './global-setup';

/** Path of the `empty` (initdb only) or `migrated` tarball; undefined on PostgreSQL or without the setup. */
export function pgliteTemplate(kind: 'empty' | 'migrated'): string | undefined {
  return inject('dbPgliteTemplates')?.[kind];
}
