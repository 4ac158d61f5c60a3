// Bundles test/browser/entry.ts for the browser with esbuild (ESM, in memory), and the page that loads it.
//
// The runtime keeps Node out of a browser's way at run time, not at import time: runtime/webgpu/device.ts
// imports node:fs, node:os, node:path and `webgpu` (Dawn) dynamically, and only when `process` says Node.
// So the bundle leaves node:* and `webgpu` external, and splits code. The runtime imports no compiler: the
// WGSL modules are given to it printed, and the WGSL printer is in no chunk at all.
import { build, type Metafile } from 'esbuild';
import { fileURLToPath } from 'node:url';

export interface BrowserBundle {
  /** Served files by URL path ('/index.html', '/entry.js', '/chunk-*.js'). */
  readonly files: ReadonlyMap<string, { readonly type: string; readonly body: Uint8Array }>;
  /** URL paths of the chunks that hold the WGSL printer (none: the runtime does not import it). */
  readonly printerChunks: readonly string[];
}

const ENTRY = fileURLToPath(new URL('./entry.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>tempofuse WebGPU in the browser</title>
<link rel="icon" href="data:,">
<script type="module" src="/entry.js"></script></head>
<body>tempofuse: test/browser/entry.ts</body></html>
`;

export async function bundleBrowser(): Promise<BrowserBundle> {
  const r = await build({
    entryPoints: { entry: ENTRY },
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    splitting: true,
    external: ['node:*', 'webgpu'],
    outdir: 'out/browser-bundle', // nothing is written (write: false); paths name the outputs
    write: false,
    metafile: true,
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  const encoder = new TextEncoder();
  const files = new Map<string, { type: string; body: Uint8Array }>([['/index.html', { type: 'text/html; charset=utf-8', body: encoder.encode(PAGE) }]]);
  const outdir = `${ROOT.replace(/\/$/, '')}/out/browser-bundle/`;
  for (const f of r.outputFiles) {
    if (!f.path.startsWith(outdir)) throw new Error(`esbuild output ${f.path} lies outside ${outdir}`);
    files.set(`/${f.path.slice(outdir.length)}`, { type: 'text/javascript; charset=utf-8', body: f.contents });
  }
  if (!files.has('/entry.js')) throw new Error(`esbuild gave no entry.js (outputs: ${[...files.keys()].join(', ')})`);
  return { files, printerChunks: chunksWith(r.metafile, 'codegen/wgsl/printer.ts') };
}

function chunksWith(meta: Metafile, input: string): string[] {
  return Object.entries(meta.outputs)
    .filter(([, o]) => Object.keys(o.inputs).includes(input))
    .map(([path]) => `/${path.replace(/^out\/browser-bundle\//, '')}`);
}
