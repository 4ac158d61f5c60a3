// The browser side of test/device/browser.test.ts, bundled by ./bundle.ts for the browser. It runs programs
// through the real WebGPU runtime (runtime/webgpu/executor.ts), which takes navigator.gpu in a browser; the
// WGSL modules come printed from Node (the runtime imports no compiler).
// It sets `globalThis.tempofuseBrowser` (BrowserApi) once loaded. No DOM types: only globalThis is touched.
import type { AdapterSummary } from '../../runtime/webgpu/device.ts';
import { WebGpuExecutor } from '../../runtime/webgpu/executor.ts';
import { decode, encode, type Job, type JobResult } from './wire.ts';

export interface Probe {
  /** Whether navigator.gpu exists. */
  readonly navigatorGpu: boolean;
  /** Whether the code runs outside Node (no `process`), as a browser should. */
  readonly browser: boolean;
  readonly userAgent: string;
  /** The executor's one-line description of its adapter. */
  readonly adapter: string;
  readonly summary: AdapterSummary;
  readonly features: readonly string[];
  readonly maxStorageBufferBindingSize: number;
}

export interface BrowserApi {
  probe(): Promise<Probe>;
  /** Fetch a job (wire-encoded) from `url`, run it, and answer the wire-encoded JobResult. */
  run(url: string): Promise<string>;
}

const nav = (globalThis as { navigator?: { gpu?: GPU; userAgent?: string } }).navigator;

let executor: Promise<WebGpuExecutor> | undefined;
const exec = () => (executor ??= WebGpuExecutor.create());

const api: BrowserApi = {
  async probe() {
    const e = await exec();
    return {
      navigatorGpu: Boolean(nav?.gpu),
      browser: typeof (globalThis as { process?: unknown }).process === 'undefined',
      userAgent: nav?.userAgent ?? '',
      adapter: e.describe(),
      summary: e.gpu.summary,
      features: [...e.gpu.features].sort(),
      maxStorageBufferBindingSize: e.gpu.limits.maxStorageBufferBindingSize,
    };
  },

  async run(url) {
    let result: JobResult;
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
      const job = decode<Job>(await res.text());
      const t0 = performance.now();
      const loaded = await (await exec()).load(job.program, { ...job.load, modules: job.modules });
      try {
        const outputs = await loaded.run(job.inputs, job.params);
        result = { ok: true, outputs, launches: loaded.launches.length, modules: loaded.modules.length, ms: performance.now() - t0 };
      } finally {
        loaded.destroy();
      }
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      result = { ok: false, error: { name: err.name, message: err.message } };
    }
    return encode(result);
  },
};

(globalThis as { tempofuseBrowser?: BrowserApi }).tempofuseBrowser = api;
