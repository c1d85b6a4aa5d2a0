// The production build rewrites Prisma's runtime to decode its parameterization graph lazily
// (scripts/prisma-lazy-param-graph.mjs). These tests run the installed runtime both ways on
// this schema's real graph and require every node's edges to come out identical, so a wrong
// offset or a misread optional id fails here instead of as a wrong query in production.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { lazyParamGraph } from '../../scripts/prisma-lazy-param-graph.mjs';

type Edges = Record<string, Record<string, number>>;
type Graph = {
  strings: string[];
  inputNodes: { edges: Edges }[];
  outputNodes: { edges: Edges }[];
  roots: Record<string, unknown>;
};
type Deserialize = (schema: { strings: string[]; graph: string }) => Graph;

const require = createRequire(import.meta.url);
const runtimePath = require.resolve('@prisma/client/runtime/client');
const runtimeSource = readFileSync(runtimePath, 'utf8');

/** The runtime's graph decoder (a minified, unexported function), from `source` evaluated as the CommonJS module it is. */
function deserializerOf(source: string): Deserialize {
  const name = /function (\w+)\(e\)\{return new \w+\(e\)\.deserialize\(\)\}/.exec(source)?.[1];
  if (!name) throw new Error('graph decoder not found in the Prisma runtime');
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = runInThisContext(
    `(function (exports, require, module, __filename, __dirname) {${source}\n;module.exports.__deserialize = ${name};})`,
    { filename: runtimePath },
  ) as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(runtimePath), module, runtimePath, dirname(runtimePath));
  return module.exports.__deserialize as Deserialize;
}

/** This schema's parameterization graph, as `prisma generate` wrote it into the client. */
function generatedGraph(): { strings: string[]; graph: string } {
  const here = dirname(fileURLToPath(import.meta.url));
  const generated = readFileSync(join(here, '../../../../packages/db/src/generated/prisma/internal/class.ts'), 'utf8');
  const match =
    /config\.parameterizationSchema = \{\s*strings: JSON\.parse\(("(?:[^"\\]|\\.)*")\),\s*graph: "([^"]*)"/.exec(
      generated,
    );
  if (!match?.[1] || match[2] === undefined)
    throw new Error('parameterizationSchema not found in the generated client');
  return { strings: JSON.parse(JSON.parse(match[1]) as string) as string[], graph: match[2] };
}

describe('lazy parameterization graph (production build rewrite of Prisma 7.10)', () => {
  it('applies to both the CommonJS and the ES-module runtime', () => {
    expect(lazyParamGraph(runtimeSource)).toContain('__SmeLazyEdges');
    const esm = readFileSync(runtimePath.replace(/\.js$/, '.mjs'), 'utf8');
    expect(lazyParamGraph(esm)).toContain('__SmeLazyEdges');
  });

  it('decodes every input and output node of the real graph exactly as Prisma does', () => {
    const schema = generatedGraph();
    const eager = deserializerOf(runtimeSource)(schema);
    const lazy = deserializerOf(lazyParamGraph(runtimeSource))(schema);
    expect(eager.inputNodes.length).toBeGreaterThan(100);
    expect(lazy.inputNodes).toHaveLength(eager.inputNodes.length);
    expect(lazy.outputNodes).toHaveLength(eager.outputNodes.length);
    expect(lazy.roots).toStrictEqual(eager.roots);
    expect(lazy.inputNodes.map((node) => node.edges)).toStrictEqual(eager.inputNodes.map((node) => node.edges));
    expect(lazy.outputNodes.map((node) => node.edges)).toStrictEqual(eager.outputNodes.map((node) => node.edges));
    // decoded once, then the same object
    expect(lazy.inputNodes[0]?.edges).toBe(lazy.inputNodes[0]?.edges);
  });

  it('refuses a runtime it was not written for, naming what is missing', () => {
    expect(() => lazyParamGraph('var x = 1;', 'client.js')).toThrow(
      /client\.js: cannot apply .*eager input-node decoder, eager output-node decoder, graph deserializer class.*Prisma's runtime changed/,
    );
  });
});
