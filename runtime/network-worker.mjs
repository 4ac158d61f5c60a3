// The thread that loads and builds a TypeScript or JavaScript network for runtime/network.ts. A worker
// does not inherit the main thread's module loaders, so it registers TypeScript's as bin/tempofuse.js
// does, then builds (runtime/network-build.ts) and posts the graph as JSON with the arguments it was built
// with, or the error as data.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
import { register as registerCommonJS } from 'tsx/cjs/api';

register();
registerCommonJS();
parentPort.postMessage({ kind: 'started' });
const { buildModule } = await import('./network-build.ts');
const { graphToJSON } = await import('../ir/json.ts');
const { errorToData } = await import('../ir/error-transfer.ts');
try {
  const { graph, args } = await buildModule(workerData.path, workerData.args);
  parentPort.postMessage({ kind: 'graph', graph: graphToJSON(graph), args });
} catch (e) {
  parentPort.postMessage({ kind: 'error', error: errorToData(e) });
}
