import {
  Kind,
  NoUnusedFragmentsRule,
  buildSchema,
  parse,
  specifiedRules,
  validate,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
} from 'graphql';

import { ErrorFields } from '../errors/error-fields';

type FoundDocument = { file: string; source: string; document: DocumentNode };

/** Fragments of @sme/client that the apps' documents spread (gql.tada appends them when sending). */
const SHARED_FRAGMENTS: readonly DocumentNode[] = [ErrorFields];

/** gql.tada drops its own `@_unmask` directive from a fragment before the document is sent. */
export function withoutTadaDirectives(document: DocumentNode): DocumentNode {
  return visit(document, {
    FragmentDefinition(node) {
      const directives = node.directives?.filter((d) => d.name.value !== '_unmask');
      return directives?.length === node.directives?.length ? undefined : { ...node, directives };
    },
  });
}

/** Every `graphql(\`…\`)` document in the given module sources, parsed. */
function foundDocuments(modules: Record<string, string>): FoundDocument[] {
  return Object.entries(modules).flatMap(([file, text]) =>
    [...text.matchAll(/graphql\(`([^`]+)`/g)].map((m) => {
      const source = m[1] ?? '';
      return { file, source, document: withoutTadaDirectives(parse(source)) };
    }),
  );
}

/** The document as gql.tada sends it: its own definitions plus every fragment it spreads
 * (transitively) that another `graphql()` call of the app defines. */
function withFragments(document: DocumentNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): DocumentNode {
  const own = new Set(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])));
  const added: DefinitionNode[] = [];
  const pending = [document as DocumentNode | FragmentDefinitionNode];
  while (pending.length > 0) {
    const node = pending.pop()!;
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const definition = fragments.get(name);
        if (own.has(name) || !definition) return;
        own.add(name);
        added.push(definition);
        pending.push(definition);
      },
    });
  }
  return { ...document, definitions: [...document.definitions, ...added] };
}

/** Every `graphql(\`…\`)` document in the given module sources that the schema rejects, with
 * the file and the reasons; plus how many operations were found, so a test can insist on some.
 * A document is checked with the fragments it spreads from other documents, as sent; a document
 * of fragments alone may leave them unused (they are used where they are spread).
 * Used by each front end's contract test over its own src/. */
export function invalidOperations(
  schemaSource: string,
  modules: Record<string, string>,
): { found: number; invalid: string[] } {
  const schema = buildSchema(schemaSource);
  const documents = foundDocuments(modules);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const document of SHARED_FRAGMENTS)
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  for (const { document } of documents) {
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  const fragmentsOnlyRules = specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);
  const invalid = documents.flatMap(({ file, source, document }) => {
    const onlyFragments = document.definitions.every((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    return validate(
      schema,
      withFragments(document, fragments),
      onlyFragments ? fragmentsOnlyRules : specifiedRules,
    ).map((error) => `${file}: ${error.message}\n${source}`);
  });
  // documents of fragments alone are checked but not counted: `found` counts the operations sent
  const found = documents.filter(({ document }) =>
    document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
  ).length;
  return { found, invalid };
}
