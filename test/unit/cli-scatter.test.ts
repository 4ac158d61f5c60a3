// `--scatter` of compile and run: an atomic artifact records its strategy in the manifest, holds the
// zero-fill and accumulating kernels, and reads back (schema and references checked); bad values and
// --scatter on an artifact are one-line errors.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArtifact } from '../../artifact/read.ts';
import type { Manifest } from '../../artifact/manifest.ts';
import { expectOneLineError, runCli as cli } from '../helpers/cli.ts';

const NET = 'test/fixtures/golden/scatter_chain.ts';
let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'tempofuse-cli-scatter-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('--scatter', () => {
  it('compile --scatter atomic records the strategy and writes the accumulating kernel, which reads back', async () => {
    const out = join(dir, 'atomic');
    const r = await cli(['compile', NET, '--target', 'wgsl', '--scatter', 'atomic', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(m.options.scatter).toBe('atomic');
    expect(m.kernels.map((k) => k.name)).toEqual(['k0_zero_fill', 'k1_scatter_add_relu_mul', 'k2_add']);
    expect(m.kernels[1].buffers.find((b) => b.name === 'out')?.atomic).toBe(true);
    await expect(readArtifact(out)).resolves.toBeDefined();
    // and the default stays deterministic
    const plain = join(dir, 'plain');
    expect((await cli(['compile', NET, '--target', 'wgsl', '--out', plain])).code).toBe(0);
    const d = JSON.parse(await readFile(join(plain, 'manifest.json'), 'utf8')) as Manifest;
    expect(d.options.scatter).toBe('deterministic');
    expect(d.kernels.some((k) => k.buffers.some((b) => b.atomic))).toBe(false);
  });

  it('a bad strategy, and --scatter on an artifact, are one-line errors', async () => {
    // (a usage error: exit code 2, as commander reports bad option values)
    expect(await cli(['compile', NET, '--target', 'wgsl', '--scatter', 'fast', '--out', join(dir, 'never')]))
      .toEqual({ code: 2, stdout: '', stderr: "error: option '--scatter <strategy>' argument 'fast' is invalid. expected deterministic or atomic\n" });
    const out = join(dir, 'for-run');
    expect((await cli(['compile', NET, '--target', 'wgsl', '--out', out])).code).toBe(0);
    expectOneLineError(await cli(['run', out, '--target', 'reference', '--scatter', 'atomic']),
      `error: TargetError: --scatter applies when compiling a network; artifact ${out} was compiled already (expected no --scatter, found atomic)`);
  });
});
