// The WebGPU runtime in a browser: the same runtime/webgpu code, bundled for the browser (test/browser/),
// runs in headless Chromium through navigator.gpu (SwiftShader where there is no GPU). Programs are
// compiled and their WGSL printed here in Node, served with their inputs and parameters from a loopback
// server, run in the page, read back, and compared with the reference interpreter as the Node WebGPU tests
// do. Chromium is Debian's /usr/bin/chromium (scripts/setup.sh --test installs it), driven by playwright-core;
// without it these tests fail, saying so: they are never skipped.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGraph, type Program } from '../../codegen/compile.ts';
import { printProgramWgsl } from '../../codegen/wgsl/program.ts';
import type { Graph } from '../../ir/graph.ts';
import { Tensor } from '../../ir/tensor.ts';
import { initParams, randomInputs } from '../../runtime/init.ts';
import { loadNetwork } from '../../runtime/network.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import type { LoadOptions } from '../../runtime/webgpu/executor.ts';
import { bundleBrowser, type BrowserBundle } from '../browser/bundle.ts';
import type { BrowserApi, Probe } from '../browser/entry.ts';
import { decode, encode, type JobResult } from '../browser/wire.ts';
import { ALL_CASES } from '../cases/index.ts';
import { caseGraph, caseId, caseInputs, type OpCase } from '../helpers/cases.ts';
import { compareTensors } from '../helpers/compare.ts';

const CHROMIUM = process.env.TEMPOFUSE_CHROMIUM ?? '/usr/bin/chromium';
/** As in webgpu-ops.test.ts: f32 kernels against the float64 reference, relative to the output's scale. */
const KERNEL_TOL = 2e-6;
/** Per test: a page that hangs fails its test instead of the whole run. */
const TEST_MS = 30_000;
/** Chromium flags: WebGPU on (SwiftShader without a GPU), and nothing that reaches out of this machine. */
const CHROMIUM_ARGS = [
  '--enable-unsafe-webgpu', '--no-sandbox', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions',
];

const NETWORK = 'tiny_video_net';
/** Op cases beside the network (job i + 1), each for a path of the runtime the network may not take. */
const OP_CASES: readonly (readonly [string, { groupReduceMin?: number; specialize?: boolean }])[] = [
  // workgroup memory and barriers (one workgroup per output element)
  ['matmul: odd inner size K = 33', { groupReduceMin: 2 }],
  // a -Infinity constant in the kernel, -inf in the output
  ['maxpool: dilated window entirely in padding gives -inf', {}],
  // a trapping kernel (status word), NaN and infinities through the buffers
  ['gather: NaN and infinities pass through', {}],
  // f16 stored as f32 on a device without shader-f16
  ['sum: f16', {}],
  // every launch's uniforms specialised into its module
  ['irfft: NCTHW time axis -3, odd n, ortho', { specialize: true }],
];

interface Case {
  readonly id: string;
  readonly graph: Graph;
  readonly program: Program;
  readonly inputs: Map<string, Tensor>;
  readonly params: Map<string, Tensor>;
  readonly load: Omit<LoadOptions, 'modules'>;
  readonly tol: number;
}

const opCase = (id: string): OpCase => {
  const c = ALL_CASES.find((k) => caseId(k) === id);
  if (!c) throw new Error(`no op case '${id}'`);
  return c;
};

function fromOpCase(id: string, opts: { groupReduceMin?: number; specialize?: boolean } = {}): Case {
  const c = opCase(id);
  const graph = caseGraph(c);
  const program = compileGraph(graph, opts.groupReduceMin ? { groupReduceMin: opts.groupReduceMin } : {});
  const inputs = new Map(caseInputs(c).map((t, i) => [`x${i}`, t] as const));
  return { id, graph, program, inputs, params: new Map(), load: { specialize: opts.specialize ?? false }, tol: Math.max(c.tol ?? 0, KERNEL_TOL) };
}

/** The job the page fetches: the program (no graph), its modules printed here, and the tensors. f16 is
 *  stored as f32 (SwiftShader has no shader-f16), and the page is told so, to match the printed modules. */
function jobText(c: Pick<Case, 'id' | 'program' | 'inputs' | 'params' | 'load'>): string {
  const { graph: _graph, ...program } = c.program;
  const modules = printProgramWgsl(c.program, { f16: 'f32-storage', specialize: c.load.specialize });
  return encode({ id: c.id, program, modules, load: { ...c.load, f16: 'f32-storage' }, inputs: c.inputs, params: c.params });
}

/** A loopback server for the bundle and the jobs: GET only, known paths only; records what was fetched. */
async function serve(files: BrowserBundle['files'], jobs: ReadonlyMap<string, string>, served: string[]): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    served.push(path);
    const file = files.get(path === '/' ? '/index.html' : path);
    const job = jobs.get(path);
    if (req.method !== 'GET' || (!file && job === undefined)) {
      res.writeHead(req.method === 'GET' ? 404 : 405, { 'content-type': 'text/plain' }).end(`not here: ${req.method} ${path}\n`);
      return;
    }
    const body = file ? file.body : new TextEncoder().encode(job);
    res.writeHead(200, { 'content-type': file ? file.type : 'application/json', 'content-length': body.byteLength, 'cache-control': 'no-store' }).end(body);
  });
  server.requestTimeout = 20_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** The page's API, as seen by a function that page.evaluate sends to the page (serialised: no closures). */
type PageGlobal = typeof globalThis & { tempofuseBrowser: BrowserApi };

describe('the WebGPU runtime in headless Chromium, through navigator.gpu', () => {
  let bundle: BrowserBundle;
  let server: Server | undefined;
  let base = '';
  let browser: Browser | undefined;
  let page: Page;
  const jobs = new Map<string, string>();
  const served: string[] = [];
  const pageErrors: string[] = [];
  const cases = new Map<string, Case>();
  /** Why setting up failed: every test rethrows it, so that a missing Chromium fails each test (a failing
   *  beforeAll would leave them merely skipped). */
  let setupError: unknown;
  const ready = () => { if (setupError) throw setupError; };

  beforeAll(async () => {
    try {
      await setUp();
    } catch (e) {
      setupError = e;
    }
  }, 90_000);

  async function setUp(): Promise<void> {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is not installed (no ${CHROMIUM}): the browser tests need Debian's chromium; ` +
        `run 'bash scripts/setup.sh --test' (or apt-get install -y --no-install-recommends chromium), or set TEMPOFUSE_CHROMIUM`);
    }
    const graph = await loadNetwork(fileURLToPath(new URL('../../examples/tiny_video_net.ts', import.meta.url)));
    const all: Case[] = [
      { id: NETWORK, graph, program: compileGraph(graph), inputs: randomInputs(graph, 1), params: initParams(graph, 1), load: {}, tol: KERNEL_TOL },
      ...OP_CASES.map(([id, opts]) => fromOpCase(id, opts)),
    ];
    all.forEach((c, i) => {
      cases.set(c.id, c);
      jobs.set(`/job/${i}.json`, jobText(c));
    });
    // an index out of range: the kernel's trap must come back from the page as an ExecutionError
    const gather = fromOpCase('gather: axis 0 of a matrix');
    const idx = gather.inputs.get('x1')!;
    const bad = Float64Array.from(idx.data);
    bad[5] = 4; // axis 0 has 4 entries
    jobs.set('/job/trap.json', jobText({ ...gather, id: 'trap', inputs: new Map([['x0', gather.inputs.get('x0')!], ['x1', new Tensor('i32', idx.shape, bad)]]) }));

    bundle = await bundleBrowser();
    ({ server, base } = await serve(bundle.files, jobs, served));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 30_000 });
    page = await browser.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`); });
    await page.goto(`${base}/index.html`);
    await page.waitForFunction(() => 'tempofuseBrowser' in globalThis, undefined, { timeout: 15_000 });
  }

  afterAll(async () => {
    await browser?.close();
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    }
  });

  async function runInPage(path: string): Promise<JobResult> {
    ready();
    return decode<JobResult>(await page.evaluate((url) => (globalThis as PageGlobal).tempofuseBrowser.run(url), path));
  }

  it('has navigator.gpu and reports its adapter', async () => {
    ready();
    const probe: Probe = await page.evaluate(() => (globalThis as PageGlobal).tempofuseBrowser.probe());
    console.log(`browser.test: ${probe.userAgent}\nbrowser.test: adapter ${probe.adapter}; features ${probe.features.join(', ') || 'none'}`);
    expect(probe.navigatorGpu).toBe(true);
    expect(probe.browser).toBe(true);
    expect(probe.userAgent).toMatch(/Chrome\//);
    expect(probe.adapter.length).toBeGreaterThan(0);
    expect(probe.summary.vendor || probe.summary.architecture || probe.summary.description).not.toBe('');
    expect(probe.maxStorageBufferBindingSize).toBeGreaterThanOrEqual(128 << 20);
  }, TEST_MS);

  [NETWORK, ...OP_CASES.map(([id]) => id)].forEach((id, i) => {
    it(`runs ${id} like the reference interpreter`, async () => {
      const c = cases.get(id)!;
      const res = await runInPage(`/job/${i}.json`);
      if (!res.ok) throw new Error(`${id}: the page failed: ${res.error.name}: ${res.error.message}`);
      expect(res.launches).toBe(c.program.launches.length);
      const ref = runReference(c.graph, c.inputs, c.params).outputs;
      expect([...res.outputs.keys()].sort()).toEqual([...ref.keys()].sort());
      for (const [name, want] of ref) {
        const d = compareTensors(res.outputs.get(name)!, want, c.tol);
        expect(d.ok, `${id} output ${name}: ${d.message}`).toBe(true);
        if (id === NETWORK) console.log(`browser.test: ${id}: ${res.launches} launches, load + run ${res.ms.toFixed(0)} ms in the page; ${name}: ${d.message}`);
      }
    }, TEST_MS);
  });

  it("reports a kernel's trap as an ExecutionError", async () => {
    const res = await runInPage('/job/trap.json');
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.name).toBe('ExecutionError');
    expect(res.error.message).toMatch(/kernel k0_gather \(%\d+ gather\) reported an index out of range/);
  }, TEST_MS);

  it('ran from printed modules: the runtime bundle holds no WGSL printer, and the page raised no errors', () => {
    ready();
    expect(bundle.printerChunks).toEqual([]);
    expect(served).toContain('/entry.js');
    expect(served.filter((p) => !bundle.files.has(p) && !jobs.has(p) && p !== '/')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
