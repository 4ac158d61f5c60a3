// What a bundler makes of the two halves. The compiler (graph -> WGSL and CUDA sources, artifact manifest)
// bundles for a browser with no Node built-in at all: its templates are bundled, it reads no files. The
// runtimes, with node:* and Dawn left to the host as test/browser/bundle.ts leaves them, carry no module
// of codegen/: a runtime bundle holds no compiler.
import { fileURLToPath } from 'node:url';
import { build, type BuildFailure, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The modules the bundle holds, or esbuild's errors (file: text) when it cannot bundle. */
async function bundle(contents: string, external: string[]): Promise<{ inputs: string[] } | { errors: string[] }> {
  try {
    const r = await build({
      stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'entry.ts' },
      absWorkingDir: ROOT, bundle: true, platform: 'browser', format: 'esm', target: 'es2022', splitting: true,
      outdir: 'out/bundle-check', write: false, metafile: true, logLevel: 'silent', external,
    });
    return { inputs: reached((r.metafile as Metafile).inputs) };
  } catch (e) {
    return { errors: (e as BuildFailure).errors.map((m) => `${m.location?.file ?? '?'}: ${m.text}`) };
  }
}

function reached(inputs: Metafile['inputs']): string[] {
  const seen = new Set<string>(['entry.ts']);
  for (const from of seen) {
    for (const i of inputs[from]?.imports ?? []) if (!i.external) seen.add(i.path);
  }
  return [...seen];
}

describe('bundles', () => {
  it('the compiler, for a browser: no Node built-in, no template read from disk', async () => {
    const r = await bundle([
      "export { compileGraph } from './codegen/compile.ts';",
      "export { printProgramWgsl } from './codegen/wgsl/program.ts';",
      "export { cudaArtifact } from './codegen/cuda/artifact.ts';",
      "export { buildArtifact } from './codegen/artifact.ts';",
    ].join('\n'), []);
    expect(r).not.toHaveProperty('errors');
    expect('inputs' in r && r.inputs).toContain('codegen/templates.generated.ts');
  });

  it('the runtimes: no module of codegen/', async () => {
    const r = await bundle([
      "export { openArtifactDir } from './runtime/session.ts';",
      "export { openArtifact } from './runtime/artifact-runner.ts';",
      "export { WebGpuExecutor } from './runtime/webgpu/executor.ts';",
      "export { CudaExecutor } from './runtime/cuda/executor.ts';",
      "export { runOnCpu } from './runtime/cpu/kernel-interpreter.ts';",
    ].join('\n'), ['node:*', 'webgpu']);
    expect(r).not.toHaveProperty('errors');
    const inputs = 'inputs' in r ? r.inputs : [];
    expect(inputs).toContain('artifact/read.ts');
    expect(inputs.filter((i) => i.startsWith('codegen/'))).toEqual([]);
  });
});
