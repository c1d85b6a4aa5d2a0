import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { LAYOUT, RULES, checkLayout, checkPackage } from './check.mjs';

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

test('front end importing the API, by package or by path, is reported; the committed schema is not', () => {
  const base = fixture({
    'apps/portal/package.json': JSON.stringify({ dependencies: { '@sme/client': 'workspace:*' } }),
    'apps/portal/src/title/a.ts':
      "import { schema } from '@sme/api';\nimport { prisma } from '../../../api/src/db';\nimport sdl from '../../../api/schema.graphql?raw';\n",
  });
  const problems = checkPackage('apps/portal', RULES['apps/portal'], base);
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('@sme/api')));
  assert.ok(problems.some((p) => p.includes('reaches outside')));
});

test("a console folder outside the vocabulary, a feature's two-language strings file, and imports of the shell or of another feature's strings are reported", () => {
  const base = fixture({
    'apps/admin/src/console-shell.tsx': "import { TitlesPage } from './title/title-pages';\n",
    'apps/admin/src/after-award/titles-page.tsx': 'export const x = 1;\n',
    'apps/admin/src/applications/page.tsx': 'export const y = 1;\n',
    'apps/admin/src/title/i18n.ts': 'export const titleZhCN = {};\nexport const titleEn = {};\n',
    'apps/admin/src/title/title-pages.tsx':
      "import { selectedNavKey } from '../console-shell';\nimport { zhCN } from '../notice/i18n/zh-CN';\n",
    'apps/admin/src/notice/i18n/zh-CN.ts': 'export const zhCN = {};\n',
  });
  const problems = checkLayout('apps/admin', LAYOUT['apps/admin'], base);
  assert.equal(problems.length, 5, problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('apps/admin/src/after-award/ is not a word of the vocabulary')));
  assert.ok(problems.some((p) => p.includes('apps/admin/src/applications/ is not a word of the vocabulary')));
  assert.ok(problems.some((p) => p.includes('title/i18n.ts holds both languages')));
  assert.ok(problems.some((p) => p.includes("imports the app's shell (../console-shell)")));
  assert.ok(problems.some((p) => p.includes('imports the strings of notice/')));
});

test('the renovated layout passes: vocabulary folders, per-language strings, features importing each other and the shared packages', () => {
  const base = fixture({
    'apps/admin/src/console-shell.tsx': "import { titleRoutes } from './title/title-routes';\n",
    'apps/admin/src/i18n/features.ts': "import { zhCN } from '../title/i18n/zh-CN';\n",
    'apps/admin/src/title/i18n/zh-CN.ts': 'export const zhCN = {};\n',
    'apps/admin/src/title/i18n/en.ts': "import type { zhCN } from './zh-CN';\nexport const en = {};\n",
    'apps/admin/src/title/title-routes.tsx':
      "import { StatusTag } from '@sme/ui';\nimport { ErrorFields } from '@sme/client';\nimport { RevokeDialog } from '../revocation/revoke-dialog';\nimport { TitlePage } from './title-pages';\n",
    'apps/admin/src/revocation/revoke-dialog.tsx': 'export const RevokeDialog = 1;\n',
    'apps/admin/src/title/title-pages.tsx': 'export const TitlePage = 1;\n',
    'apps/admin/src/national-recommendation/page.tsx': "import { TitlePage } from '../title/title-pages';\n",
  });
  assert.deepEqual(checkLayout('apps/admin', LAYOUT['apps/admin'], base), []);
});

test('the repository itself follows the layout', () => {
  for (const [dir, layout] of Object.entries(LAYOUT)) assert.deepEqual(checkLayout(dir, layout), [], dir);
});
