// Threads that load clips from video files (data/decode-worker.mjs), one job at a time each, in the
// order the jobs were asked; results come back as promises, so the caller keeps its own order whatever
// order the threads finish in. An idle pool does not keep the process alive.
import { Worker } from 'node:worker_threads';
import { errorFromData, type ErrorData } from '../ir/error-transfer.ts';
import { DataError } from '../ir/errors.ts';
import type { ClipJob } from './clip-job.ts';

type Reply = { values: Float32Array } | { error: ErrorData };

interface Pending { job: ClipJob; resolve: (v: Float32Array) => void; reject: (e: unknown) => void }

interface Thread { worker: Worker; busy?: Pending }

export class DecodePool {
  private readonly idle: Thread[] = [];
  private readonly threads: Thread[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;
  /** Why no thread is left, once none is. */
  private broken?: DataError;

  /** `script` is the thread's code (another only in tests). */
  constructor(readonly size: number, private readonly script = new URL('./decode-worker.mjs', import.meta.url)) {
    for (let i = 0; i < size; i++) this.threads.push(this.spawn());
    this.idle.push(...this.threads);
  }

  run(job: ClipJob): Promise<Float32Array> {
    if (this.closed) return Promise.reject(new DataError('the dataset was closed: its decoding threads are stopped'));
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new DataError('the dataset was closed before the clip was loaded'));
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }

  private spawn(): Thread {
    const thread: Thread = { worker: new Worker(this.script) };
    thread.worker.unref();
    thread.worker.on('message', (reply: Reply) => {
      const done = thread.busy!;
      this.release(thread);
      if ('error' in reply) done.reject(errorFromData(reply.error));
      else done.resolve(reply.values);
    });
    // a thread that dies (it cannot load its code, say) fails its job and leaves the pool; with none left,
    // every clip asked fails with the reason (a fresh thread would most likely die the same way)
    thread.worker.on('error', (e) => {
      void thread.worker.terminate();
      this.threads.splice(this.threads.indexOf(thread), 1);
      if (this.idle.includes(thread)) this.idle.splice(this.idle.indexOf(thread), 1);
      const failure = new DataError(`a decoding thread failed: ${e.message}`, { cause: e });
      thread.busy?.reject(failure);
      if (!this.threads.length) {
        this.broken = failure;
        for (const p of this.queue.splice(0)) p.reject(failure);
      }
    });
    return thread;
  }

  private release(thread: Thread): void {
    thread.busy = undefined;
    thread.worker.unref();
    if (!this.closed) this.idle.push(thread);
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const thread = this.idle.shift()!, job = this.queue.shift()!;
      thread.busy = job;
      // a thread at work keeps the process alive until its result is in
      thread.worker.ref();
      thread.worker.postMessage({ job: job.job });
    }
  }
}
