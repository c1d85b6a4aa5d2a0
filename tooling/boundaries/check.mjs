// Enforces the import direction of docs/architecture.md. Fails (exit 1) when a package imports an
// internal package it may not, reaches into another package by relative path, or when a
// package that must stay pure imports a forbidden library.
//
//   apps/api        → domain, db
//   apps/admin      → client, ui, domain  (never db)
//   apps/portal     → client, ui, domain  (never db)
//   packages/client → ui, domain          (the typed GraphQL client and session pieces)
//   packages/ui     → domain              (no data fetching)
//   packages/domain → nothing internal    (no Prisma, GraphQL, React, I/O)
//   packages/db     → nothing internal
//
// Inside the front ends and the shared front-end packages, src/ holds one folder per area, named by
// the project's vocabulary (docs/architecture.md: singular nouns, the same word in every layer),
// plus a few named infrastructure folders. A feature folder imports libraries, @sme/ui,
// @sme/client, @sme/domain, its own files and other features' components, never the app's shell
// (the files at the top of src/) nor another feature's strings (src/i18n wires them), and keeps
// its strings as i18n/zh-CN.ts and i18n/en.ts, one file per language.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const RULES = {
  'apps/api': { internal: ['@sme/domain', '@sme/db'], forbidden: [] },
  'apps/admin': {
    internal: ['@sme/client', '@sme/ui', '@sme/domain'],
    forbidden: ['@prisma/', 'pg', '@electric-sql/'],
  },
  'apps/portal': {
    internal: ['@sme/client', '@sme/ui', '@sme/domain'],
    forbidden: ['@prisma/', 'pg', '@electric-sql/'],
  },
  'packages/client': { internal: ['@sme/ui', '@sme/domain'], forbidden: ['@prisma/', 'pg', '@electric-sql/'] },
  'packages/ui': { internal: ['@sme/domain'], forbidden: ['urql', '@urql/', '@prisma/', 'graphql'] },
  'packages/domain': {
    internal: [],
    forbidden: [
      '@prisma/',
      'graphql',
      'react',
      'react-dom',
      'urql',
      '@urql/',
      'node:',
      'fs',
      'path',
      'pg',
      'crypto',
      'antd',
    ],
  },
  'packages/db': { internal: [], forbidden: ['graphql', 'react', '@pothos/'] },
};

/** The project's vocabulary: the one word for each area, in every layer. */
export const VOCABULARY = [
  'application',
  'round',
  'membership',
  'review',
  'notice',
  'objection',
  'title',
  'certificate',
  'spot-check',
  'revocation',
  'renewal',
  'national-recommendation',
  'title-import',
  'service-record',
  'association-activity',
  'annual-report',
  'calendar',
  'statistics',
  'notification',
  'outbox',
  'workbench',
  'audit',
  'eligibility',
  'material',
  'organisation',
  'user',
];

/** The folders of src/ that are not an area: sign-in and roles, the wiring of strings, the public
 * pages, and the shared packages' building blocks. */
export const LAYOUT = {
  'apps/admin': { infrastructure: ['auth', 'i18n'], shell: ['main.tsx', 'app.tsx', 'console-shell.tsx'] },
  'apps/portal': { infrastructure: ['auth', 'i18n', 'public'], shell: ['main.tsx', 'app.tsx', 'portal-shell.tsx'] },
  'packages/ui': { infrastructure: ['components', 'date', 'i18n', 'list', 'status'], shell: [] },
  'packages/client': {
    infrastructure: ['errors', 'exports', 'paging', 'session', 'testing', 'uploads'],
    shell: [],
  },
};

// Tooling presets (@sme/tsconfig, @sme/eslint-config) are allowed everywhere.
const TOOLING = new Set(['@sme/tsconfig', '@sme/eslint-config']);
const SOURCE = /\.(ts|tsx|mts|js|mjs|jsx)$/;
const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === 'generated' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

function matches(specifier, prefix) {
  return prefix.endsWith('/') || prefix.endsWith(':')
    ? specifier.startsWith(prefix)
    : specifier === prefix || specifier.startsWith(`${prefix}/`);
}

export function checkPackage(pkgDir, rule, base = root) {
  const problems = [];
  const abs = join(base, pkgDir);
  const manifest = JSON.parse(readFileSync(join(abs, 'package.json'), 'utf8'));
  const deps = { ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies };
  for (const name of Object.keys(deps)) {
    if (name.startsWith('@sme/') && !TOOLING.has(name) && !rule.internal.includes(name)) {
      problems.push(`${pkgDir}/package.json depends on ${name}, which ${pkgDir} may not use`);
    }
  }
  const srcDir = join(abs, 'src');
  let files = [];
  try {
    files = [...walk(srcDir)];
  } catch {
    return problems;
  }
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(SPECIFIER)) {
      const spec = m[1] ?? m[2] ?? m[3];
      const where = relative(base, file);
      if (spec.startsWith('.')) {
        // The committed SDL is the front ends' contract with the API, not code.
        if (/\/api\/schema\.graphql(\?raw)?$/.test(spec)) continue;
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(abs + sep) && target !== abs)
          problems.push(`${where} reaches outside its package: ${spec}`);
        continue;
      }
      if (spec.startsWith('@sme/') && !TOOLING.has(spec.split('/').slice(0, 2).join('/'))) {
        const pkg = spec.split('/').slice(0, 2).join('/');
        if (!rule.internal.includes(pkg)) problems.push(`${where} imports ${pkg}, which ${pkgDir} may not use`);
        continue;
      }
      const bad = rule.forbidden.find((prefix) => matches(spec, prefix));
      if (bad) problems.push(`${where} imports ${spec}, forbidden in ${pkgDir}`);
    }
  }
  return problems;
}

/** The layout of a front end's (or a shared front-end package's) src/: area folders named by the
 * vocabulary, strings one file per language, features apart from the shell and from each other's
 * strings. */
export function checkLayout(pkgDir, layout, base = root) {
  const problems = [];
  const srcDir = join(base, pkgDir, 'src');
  let entries = [];
  try {
    entries = readdirSync(srcDir);
  } catch {
    return problems;
  }
  const folders = entries.filter((name) => !name.startsWith('.') && statSync(join(srcDir, name)).isDirectory());
  const shell = layout.shell.map((name) => join(srcDir, name));
  for (const folder of folders) {
    const infrastructure = layout.infrastructure.includes(folder);
    if (!infrastructure && !VOCABULARY.includes(folder))
      problems.push(
        `${pkgDir}/src/${folder}/ is not a word of the vocabulary (docs/architecture.md); name the area in the singular, e.g. ${VOCABULARY.slice(0, 3).join(', ')}`,
      );
    if (infrastructure && folder === 'i18n') continue;
    const featureDir = join(srcDir, folder);
    for (const file of walk(featureDir)) {
      const where = relative(base, file);
      if (file === join(featureDir, 'i18n.ts'))
        problems.push(`${where} holds both languages; write ${folder}/i18n/zh-CN.ts and ${folder}/i18n/en.ts`);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(SPECIFIER)) {
        const spec = m[1] ?? m[2] ?? m[3];
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(srcDir + sep)) continue;
        const [targetFolder, ...rest] = relative(srcDir, target).split(sep);
        if (rest.length === 0) {
          if (shell.some((s) => s.replace(SOURCE, '') === target.replace(SOURCE, '')))
            problems.push(`${where} imports the app's shell (${spec}); the shell imports features, not the reverse`);
        } else if (targetFolder !== folder && rest[0] === 'i18n')
          problems.push(
            `${where} imports the strings of ${targetFolder}/ (${spec}); src/i18n wires every feature's strings`,
          );
      }
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = [
    ...Object.entries(RULES).flatMap(([dir, rule]) => checkPackage(dir, rule)),
    ...Object.entries(LAYOUT).flatMap(([dir, layout]) => checkLayout(dir, layout)),
  ];
  if (problems.length > 0) {
    console.error(`Import direction or layout violated (docs/architecture.md):\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.info(
    `boundaries: ${Object.keys(RULES).length} packages follow the import direction, ${Object.keys(LAYOUT).length} the feature-folder layout`,
  );
}
