import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULES, checkPackage } from './check.mjs';

function fixture(files) {
  const base = mkdtempSync(join(tmpdir(), 'boundaries-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(base, path, '..'), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  return base;
}

test('domain importing Prisma or db is reported', () => {
  const base = fixture({
    'packages/domain/package.json': JSON.stringify({ dependencies: { '@sme/db': 'workspace:*' } }),
    'packages/domain/src/a.ts': "import { PrismaClient } from '@prisma/client';\nimport { x } from '@sme/db';\n",
    'packages/domain/src/b.ts': "import { readFileSync } from 'node:fs';\n",
  });
  const problems = checkPackage('packages/domain', RULES['packages/domain'], base);
  assert.equal(problems.length, 4, problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('@prisma/client')));
  assert.ok(problems.some((p) => p.includes('node:fs')));
});

test('front end importing db, or reaching into another package by path, is reported', () => {
  const base = fixture({
    'apps/admin/package.json': JSON.stringify({ dependencies: { '@sme/ui': 'workspace:*' } }),
    'apps/admin/src/a.tsx': "import { createDatabase } from '@sme/db';\nimport x from '../../api/src/db';\n",
  });
  const problems = checkPackage('apps/admin', RULES['apps/admin'], base);
  assert.equal(problems.length, 2, problems.join('\n'));
});

test('allowed imports pass', () => {
  const base = fixture({
    'apps/api/package.json': JSON.stringify({
      dependencies: { '@sme/db': 'workspace:*', '@sme/domain': 'workspace:*' },
    }),
    'apps/api/src/a.ts':
      "import { createDatabase } from '@sme/db';\nimport { checkEligibility } from '@sme/domain';\nimport './b.js';\n",
  });
  assert.deepEqual(checkPackage('apps/api', RULES['apps/api'], base), []);
});
