// Every operation the two front ends send must pass the server's query limits (GraphQL Armor:
// cost, depth, aliases, directives, tokens) as urql sends it (with __typename added to every
// selection set). The limits stop query bombs; this keeps them from stopping our own pages —
// the console's decisions page once failed with "Query Cost limit of 5000 exceeded".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Kind,
  Lexer,
  Source,
  TokenKind,
  parse,
  print,
  validate,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../schema.js';
import { QUERY_LIMITS, armorProtection } from './armor.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function frontEndOperations(): { file: string; source: string }[] {
  return ['apps/admin/src', 'apps/portal/src', 'packages/client/src'].flatMap((dir) =>
    sourceFiles(join(repoRoot, dir)).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/graphql\(`([^`]+)`/g)].map((m) => ({
        file: file.slice(repoRoot.length + 1),
        source: m[1] ?? '',
      })),
    ),
  );
}

/** gql.tada drops its own `@_unmask` directive (fragments read in place) before sending. */
function withoutTadaDirectives(document: DocumentNode): DocumentNode {
  return visit(document, {
    FragmentDefinition(node) {
      const directives = node.directives?.filter((d) => d.name.value !== '_unmask');
      return directives?.length === node.directives?.length ? undefined : { ...node, directives };
    },
  });
}

/** The operations as gql.tada sends them: each with the fragments it spreads (transitively) from
 * other `graphql()` calls appended; documents of fragments alone are sent only inside those.
 * (@sme/client/testing does the same for the schema check; the API may not import it.) */
function sentOperations(found: { file: string; source: string }[]): { file: string; document: DocumentNode }[] {
  const parsed = found.map(({ file, source }) => ({ file, document: withoutTadaDirectives(parse(source)) }));
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { document } of parsed)
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return parsed
    .filter(({ document }) => document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION))
    .map(({ file, document }) => {
      const have = new Set(
        document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])),
      );
      const added: DefinitionNode[] = [];
      const pending: (DocumentNode | FragmentDefinitionNode)[] = [document];
      while (pending.length > 0) {
        visit(pending.pop()!, {
          FragmentSpread(spread) {
            const definition = fragments.get(spread.name.value);
            if (!definition || have.has(spread.name.value)) return;
            have.add(spread.name.value);
            added.push(definition);
            pending.push(definition);
          },
        });
      }
      return { file, document: { ...document, definitions: [...document.definitions, ...added] } };
    });
}

/** What urql's cache exchange does to a document before sending it. */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node) {
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return {
        ...node,
        selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
      };
    },
  });
}

function tokenCount(source: string): number {
  const lexer = new Lexer(new Source(source));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

describe('the front ends’ operations and the server’s query limits', () => {
  const operations = frontEndOperations();
  const rules = (armorProtection().validationRules ?? []) as ValidationRule[];

  it('finds the operations of both apps', () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(rules.length).toBeGreaterThanOrEqual(4);
  });

  it('every operation, as sent, passes cost, depth, alias, directive and token limits', () => {
    const refused = sentOperations(operations).flatMap(({ file, document }) => {
      const sent = print(withTypenames(document));
      const errors = validate(schema, parse(sent), rules).map((e) => e.message);
      if (tokenCount(sent) > QUERY_LIMITS.maxTokens) errors.push(`more than ${QUERY_LIMITS.maxTokens} tokens`);
      return errors.map((message) => `${file}: ${message}`);
    });
    expect(refused).toEqual([]);
  });

  it('still refuses, by cost alone, a query within the depth, alias and token limits', () => {
    // Ten copies of the decisions page's list under aliases (the limit is 20): each is allowed, together not.
    const page =
      'applications(first: 200) { edges { node { id version functions organisation { name } round { name } assignments { id reviewerName completedAt weightedScore } } } }';
    const bomb = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: ${page}`).join(' ')} }`;
    expect(tokenCount(bomb)).toBeLessThanOrEqual(QUERY_LIMITS.maxTokens);
    expect(validate(schema, parse(`{ ${page} }`), rules)).toEqual([]);
    const messages = validate(schema, parse(bomb), rules).map((e) => e.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/Cost limit/);
  });
});
