// Build-time rewrite of Prisma's client runtime (7.10): decode the parameterization graph's
// nodes on first use instead of all at start-up (idle memory).
//
// Why: the generated client carries a compact binary graph of every model's input and output
// fields (~300 KB). At start-up the runtime decodes all of it into JavaScript objects: ~28,000
// of them, keyed by integers so V8 stores them as dictionaries — 13–14 MiB of heap held for the
// life of the process, of which a request touches the few nodes of the models it queries. The
// rewrite keeps the binary graph and decodes a node's edges the first time `edges` is read,
// into exactly the object the eager decoder built; everything that reads the graph goes through
// `inputNodes[i].edges[k]` / `outputNodes[i].edges[k]`, which the lazy node answers the same.
//
// The patterns below are the minified text of that one release. If a Prisma upgrade changes
// them, the build fails here by name rather than shipping an unpatched or half-patched runtime:
// drop the rewrite or redo it against the new text (src/build/prisma-lazy-param-graph.test.ts
// compares every edge of the real graph decoded both ways).

/** The eager decoder of input nodes: varint key, uint16 scalar mask, varint child+1, varint enum+1, uint8 flags. */
const EAGER_INPUT_NODES =
  '#u(t){let r=[];for(let n=0;n<t;n++){let i=this.#i(),o={};for(let s=0;s<i;s++){let a=this.#i(),u=this.#a(),m=this.#o(),P=this.#o(),S={flags:this.#s()};u!==0&&(S.scalarMask=u),m!==void 0&&(S.childNodeId=m),P!==void 0&&(S.enumNameIndex=P),o[a]=S}r.push({edges:o})}return r}';
/** The eager decoder of output nodes: varint key, varint args node+1, varint output node+1. */
const EAGER_OUTPUT_NODES =
  '#l(t){let r=[];for(let n=0;n<t;n++){let i=this.#i(),o={};for(let s=0;s<i;s++){let a=this.#i(),u=this.#o(),m=this.#o(),P={};u!==void 0&&(P.argsNodeId=u),m!==void 0&&(P.outputNodeId=m),o[a]=P}r.push({edges:o})}return r}';
/** Start of the deserializer class, before which the lazy node class is declared. */
const DESERIALIZER = /var \w+=class\{#e;#t;#r=0;constructor\(t\)\{this\.#e=t;let r=/;

// The replacements skip over each node's edges (reading only their lengths) and keep where they start.
const LAZY_INPUT_NODES =
  '#u(t){let r=[];for(let n=0;n<t;n++){let i=this.#i(),p=this.#r;for(let s=0;s<i;s++){this.#i(),this.#r+=2,this.#i(),this.#i(),this.#r+=1}r.push(new __SmeLazyEdges(this.#t,p,i,!0))}return r}';
const LAZY_OUTPUT_NODES =
  '#l(t){let r=[];for(let n=0;n<t;n++){let i=this.#i(),p=this.#r;for(let s=0;s<i;s++){this.#i(),this.#i(),this.#i()}r.push(new __SmeLazyEdges(this.#t,p,i,!1))}return r}';
// A node whose `edges` getter decodes its slice of the graph once, exactly as the eager code did
// (an absent optional id is stored as 0 and decoded as id+1).
const LAZY_NODE_CLASS = `var __SmeLazyEdges=class{#v;#p;#n;#k;#e;constructor(v,p,n,k){this.#v=v,this.#p=p,this.#n=n,this.#k=k}get edges(){if(this.#e===void 0){let v=this.#v,p=this.#p,d=()=>{let t=0,r=0,b;do b=v.getUint8(p++),t|=(b&127)<<r,r+=7;while(b>=128);return t},o={};for(let s=0;s<this.#n;s++){let a=d();if(this.#k){let u=v.getUint16(p,!0);p+=2;let m=d(),P=d(),S={flags:v.getUint8(p++)};u!==0&&(S.scalarMask=u),m!==0&&(S.childNodeId=m-1),P!==0&&(S.enumNameIndex=P-1),o[a]=S}else{let u=d(),m=d(),P={};u!==0&&(P.argsNodeId=u-1),m!==0&&(P.outputNodeId=m-1),o[a]=P}}this.#e=o,this.#v=null}return this.#e}};`;

/** Prisma's runtime/client.js (or .mjs) with the lazy graph decoder; throws if the source is not the expected release. */
export function lazyParamGraph(source, fileName = '@prisma/client/runtime/client') {
  const missing = [
    ['eager input-node decoder', source.includes(EAGER_INPUT_NODES)],
    ['eager output-node decoder', source.includes(EAGER_OUTPUT_NODES)],
    ['graph deserializer class', DESERIALIZER.test(source)],
  ].filter(([, found]) => !found);
  if (missing.length > 0) {
    throw new Error(
      `${fileName}: cannot apply the lazy parameterization-graph rewrite (apps/api/scripts/prisma-lazy-param-graph.mjs): ` +
        `not found: ${missing.map(([what]) => what).join(', ')}. Prisma's runtime changed; redo or drop the rewrite.`,
    );
  }
  return source
    .replace(EAGER_INPUT_NODES, LAZY_INPUT_NODES)
    .replace(EAGER_OUTPUT_NODES, LAZY_OUTPUT_NODES)
    .replace(DESERIALIZER, (start) => LAZY_NODE_CLASS + start);
}

/** Matches the runtime files the rewrite applies to (the CommonJS and the ES-module build). */
export const PRISMA_RUNTIME_CLIENT = /[\\/]@prisma[\\/]client[\\/]runtime[\\/]client\.m?js$/;
