// A decoding thread of data/decode-pool.ts. A worker does not inherit the main thread's module loaders,
// so it registers TypeScript's as bin/tempofuse.js does; then it runs each clip job it is sent and posts
// the values back (their buffer moved, not copied), or the error as data.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runClipJob } = await import('./clip-job.ts');
const { errorToData } = await import('../ir/error-transfer.ts');
parentPort.on('message', async ({ job }) => {
  try {
    const values = await runClipJob(job);
    parentPort.postMessage({ values }, [values.buffer]);
  } catch (e) {
    parentPort.postMessage({ error: errorToData(e) });
  }
});
