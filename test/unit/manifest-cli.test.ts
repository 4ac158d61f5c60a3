// `tempofuse run` on artifact folders: an artifact whose manifest or files were edited is refused in one
// line before anything runs (never a hang, a stack trace or a wrong answer with exit code 0), and a WGSL
// artifact runs on the reference interpreter from the graph it carries.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArtifact } from '../../artifact/write.ts';
import { buildArtifact } from '../../codegen/artifact.ts';
import { compileGraph } from '../../codegen/compile.ts';
import { printProgramWgsl } from '../../codegen/wgsl/program.ts';
import { loadNetwork } from '../../runtime/network.ts';
import { expectOneLineError, runCli as cli } from '../helpers/cli.ts';

const NETWORK = 'test/fixtures/golden/broadcast_chain.ts';

let dir: string;
const tmp = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-manifest-cli-'));
  const p = compileGraph(await loadNetwork(NETWORK));
  await writeArtifact(tmp('wgsl'), buildArtifact(p, 'wgsl', printProgramWgsl(p, { f16: 'f32-storage' }), { f16: 'f32-storage', specialized: false }));
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A copy of the artifact, its manifest edited. */
async function edited(name: string, edit: (m: { launches: { total: number; syms: number[] }[] } & Record<string, unknown>) => void): Promise<string> {
  const copy = tmp(name);
  await cp(tmp('wgsl'), copy, { recursive: true });
  const m = JSON.parse(await readFile(join(copy, 'manifest.json'), 'utf8'));
  edit(m);
  await writeFile(join(copy, 'manifest.json'), JSON.stringify(m));
  return copy;
}

describe.concurrent('run on an artifact folder', () => {
  it('a WGSL artifact runs on --target reference from its graph: the outputs of the network itself', async () => {
    const [fromArtifact, fromNetwork] = await Promise.all([
      cli(['run', tmp('wgsl'), '--target', 'reference', '--seed', '3']),
      cli(['run', NETWORK, '--target', 'reference', '--seed', '3']),
    ]);
    expect(fromArtifact.stderr).toContain('reference interpreter');
    expect(fromArtifact.code).toBe(0);
    expect(fromArtifact.stdout).toMatch(/^y +f32 +\[2,3,4,5\] +mean /);
    expect(fromArtifact.stdout).toBe(fromNetwork.stdout);
  });

  it('a launch of 1e9 elements is refused in one line, before any device work', async () => {
    const a = await edited('huge', (m) => { m.launches[0].total = 1e9; m.launches[0].syms[0] = 1e9; });
    const t0 = Date.now();
    expectOneLineError(await cli(['run', a]),
      `error: ManifestError: ${a}/manifest.json: launches[0].total: disagrees with the [2,3,4,5] elements of node 8 it computes (expected 120, or 120 over one axis, found 1000000000)`);
    expect(Date.now() - t0).toBeLessThan(60_000);
  });

  it('a missing key is refused in one line naming the JSON path', async () => {
    const a = await edited('missing', (m) => { delete m.values; });
    expectOneLineError(await cli(['run', a, '--target', 'reference']), new RegExp(`^error: ManifestError: ${a}/manifest\\.json: values: missing key \\(expected keys .*\\)$`));
  });

  it('an edited kernel file is refused in one line naming the file', async () => {
    const a = await edited('kernel', () => undefined);
    const file = join(a, 'kernels/k0_sub_mul_sigmoid_add.wgsl');
    await writeFile(file, (await readFile(file, 'utf8')).replace('mul1 - 0.5f', 'mul1 - 0.25f'));
    expectOneLineError(await cli(['run', a]),
      new RegExp(`^error: ManifestError: ${file}: kernel file changed since compile \\(expected sha256 [0-9a-f]{64}, found sha256 [0-9a-f]{64}\\)$`));
  });
});
