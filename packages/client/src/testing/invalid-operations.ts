import { buildSchema, parse, validate } from 'graphql';

/** Every `graphql(\`…\`)` document in the given module sources that the schema rejects, with
 * the file and the reasons; plus how many documents were found, so a test can insist on some.
 * Used by each front end's contract test over its own src/. */
export function invalidOperations(schemaSource: string, modules: Record<string, string>): { found: number; invalid: string[] } {
  const schema = buildSchema(schemaSource);
  const documents = Object.entries(modules).flatMap(([file, text]) =>
    [...text.matchAll(/graphql\(`([^`]+)`/g)].map((m) => ({ file, source: m[1] ?? '' })),
  );
  const invalid = documents.flatMap(({ file, source }) =>
    validate(schema, parse(source)).map((error) => `${file}: ${error.message}\n${source}`),
  );
  return { found: documents.length, invalid };
}
