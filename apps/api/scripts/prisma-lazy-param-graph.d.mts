/** Prisma's runtime/client.js (or .mjs) with the lazy graph decoder; throws if the source is not the expected release. */
export function lazyParamGraph(source: string, fileName?: string): string;
/** Matches the runtime files the rewrite applies to (the CommonJS and the ES-module build). */
export const PRISMA_RUNTIME_CLIENT: RegExp;
