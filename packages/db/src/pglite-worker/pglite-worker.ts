// The embedded database's thread: opens PGlite (PostgreSQL compiled to WebAssembly) and serves
// the driver-adapter calls the API's thread sends it (host.ts). Running here rather than on the
// API's thread, PostgreSQL's start-up (~1 s) overlaps the loading of the application, and each
// statement runs on the second core while the API's thread goes on with GraphQL.
import { parentPort, workerData } from 'node:worker_threads';
import type { SqlDriverAdapter, Transaction } from '@prisma/driver-adapter-utils';
import { openPglite } from '../adapters';
import {
  describeError,
  serializeError,
  type Reply,
  type Request,
  type StartedTransaction,
  type WorkerData,
} from './protocol';

const port = parentPort!;
const send = (reply: Reply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

type Opened = Awaited<ReturnType<typeof openPglite>>;

let opened: Opened | undefined;
let adapter: SqlDriverAdapter | undefined;
try {
  opened = await openPglite(workerData as WorkerData);
  adapter = await opened.factory.connect();
} catch (error) {
  const { dataDir } = workerData as WorkerData;
  const opening = new Error(
    `the embedded database could not be opened in ${dataDir ?? 'memory'}: ${describeError(error)}`,
    { cause: error },
  );
  send({ id: 0, ok: false, error: serializeError(opening) });
  // Closing the port ends the thread once the reply is out (throwing could overtake it).
  port.close();
}
if (opened && adapter) serve(opened, adapter);

function serve(opened: Opened, adapter: SqlDriverAdapter): void {
  // The first reply, id 0: the database is open.
  send({ id: 0, ok: true, value: undefined });
  const transactions = new Map<number, Transaction>();
  let nextTransaction = 1;

  function transaction(tx: number): Transaction {
    const open = transactions.get(tx);
    if (!open) throw new Error(`transaction ${tx} is not open in the embedded database`);
    return open;
  }

  async function handle(request: Request): Promise<unknown> {
    switch (request.op) {
      case 'queryRaw':
        return (request.tx ? transaction(request.tx) : adapter).queryRaw(request.query);
      case 'executeRaw':
        return (request.tx ? transaction(request.tx) : adapter).executeRaw(request.query);
      case 'executeScript':
        return adapter.executeScript(request.script);
      case 'startTransaction': {
        const started = await adapter.startTransaction(request.isolationLevel);
        const tx = nextTransaction++;
        transactions.set(tx, started);
        return { tx, options: started.options } satisfies StartedTransaction;
      }
      case 'commit':
      case 'rollback': {
        const open = transaction(request.tx);
        transactions.delete(request.tx);
        return request.op === 'commit' ? open.commit() : open.rollback();
      }
      case 'dumpDataDir':
        return (await opened.client.dumpDataDir('none')).arrayBuffer();
      case 'close':
        await adapter.dispose();
        await opened.client.close();
        return undefined;
    }
  }

  port.on('message', (request: Request) => {
    handle(request).then(
      (value) => {
        send({ id: request.id, ok: true, value }, value instanceof ArrayBuffer ? [value] : []);
        if (request.op === 'close') port.close();
      },
      (error: unknown) => send({ id: request.id, ok: false, error: serializeError(error) }),
    );
  });
}
