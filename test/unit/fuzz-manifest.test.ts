// Mutated artifact manifests: a small compiled artifact (kernels, constants, graph) is written once, and
// each case replaces its manifest.json with a mutated one (structural mutations of the document, or
// byte mutations of its text) and reads the folder with readArtifact. Each case ends in a typed error, or
// in an artifact that computes what the original computes: the same manifest up to what only describes
// (cost, byte counts, explanations), or a program whose outputs on the CPU kernel interpreter are the
// original's, bit for bit (or a typed error there).
//
// Consistent edits that no check can recompute (kernel IR, launch uniforms, output names) are refused by
// the sha256 of each manifest key recorded at compile time (artifact/manifest-hash.ts); inconsistent ones
// earlier, by the schema and cross-reference checks, naming the JSON path.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArtifact, programOf, type Manifest } from '../../codegen/artifact.ts';
import { readArtifact } from '../../artifact/read.ts';
import { writeArtifact } from '../../artifact/write.ts';
import { compileGraph } from '../../codegen/compile.ts';
import { cudaKernelPrinter } from '../../codegen/cuda/printer.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { init } from '../../ir/init.ts';
import { TempofuseError } from '../../ir/errors.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { FuzzTally, PropertyViolation, caseRng, check, fuzzConfig, mutateBytes, mutateJsonTimes, stringifyDeep, type Json } from '../helpers/fuzz.ts';

const config = fuzzConfig(1000);

const inputs = new Map([['x', Tensor.from('f32', [2, 3], [1, -2, 3, -4, 5, -6])]]);
const params = new Map([['w', Tensor.from('f32', [3], [0.5, -1, 2])]]);

function compileSmall() {
  const b = new GraphBuilder('small');
  const x = b.input('x', 'f32', [2, 3]);
  const w = b.param('w', [3], init.ones());
  const y = b.relu(b.add(b.mul(x, w), b.constant([0.25, -0.5, 1], 'f32', [3])));
  b.output('y', y);
  b.output('s', b.sum(y, { axes: [1] }));
  return compileGraph(b.build());
}

/** The manifest without what only describes the program (no runtime reads it to compute). */
function semantic(m: Manifest): string {
  return stringifyDeep({
    ...m, cost: null,
    launches: m.launches.map((l) => ({ ...l, bytesRead: null, bytesWritten: null, why: null, fuses: null })),
  } as unknown as Json);
}

/** The original artifact's values hold at most 6 elements, and its launch sizes and uniforms are as
 *  small: a manifest with sizes past this was accepted with sizes its buffers do not hold (and would keep
 *  the CPU interpreter busy for minutes, or exhaust memory). */
const WORK_LIMIT = 64;

describe('fuzz: artifact manifests', () => {
  let dir: string;
  let original: string;
  let reference: string;
  let want: Map<string, Tensor>;
  let kernels: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tempofuse-fuzz-manifest-'));
    const program = compileSmall();
    await writeArtifact(dir, buildArtifact(program, 'cuda', cudaKernelPrinter));
    original = await readFile(join(dir, 'manifest.json'), 'utf8');
    const a = await readArtifact(dir);
    reference = semantic(a.manifest);
    kernels = a.manifest.kernels.map((k) => stringifyDeep(k as unknown as Json));
    want = runOnCpu(programOf(a), inputs, params);
  });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  function checkComputes(m: Manifest, run: () => Map<string, Tensor>): void {
    check(Array.isArray(m.kernels) && Array.isArray(m.launches) && Array.isArray(m.values), 'accepted a manifest whose kernels, launches or values are not lists');
    let same: boolean;
    try { same = semantic(m) === reference; } catch { throw new PropertyViolation('accepted a manifest with a launch that is not an object'); }
    if (same) return;
    // changed kernel IR could loop for ever in the interpreter; it must not be accepted in the first place
    const changed = m.kernels.findIndex((k, i) => stringifyDeep(k as unknown as Json) !== kernels[i]);
    check(changed < 0 && m.kernels.length === kernels.length, `accepted changed kernel IR (kernels[${changed < 0 ? kernels.length : changed}])`);
    let sizes: unknown[];
    try { sizes = m.launches.flatMap((l) => [l.total, ...l.syms]); } catch { throw new PropertyViolation('accepted a launch without a total or uniforms'); }
    const big = sizes.find((v) => typeof v === 'number' && Math.abs(v) > WORK_LIMIT);
    check(big === undefined, `accepted a launch size or uniform of ${big}`);
    const huge = m.values.find((v) => Array.isArray(v?.shape) && Math.abs(numel(v.shape)) > WORK_LIMIT);
    check(huge === undefined, `accepted a stored value of shape [${huge?.shape}] (buffers hold at most 6 elements)`);
    let got: Map<string, Tensor>;
    try { got = run(); } catch (e) {
      if (e instanceof TempofuseError) return;
      throw e;
    }
    for (const [name, t] of want) {
      const u = got.get(name);
      check(u !== undefined && u.dtype === t.dtype && JSON.stringify(u.shape) === JSON.stringify(t.shape)
        && u.data.every((v, i) => Object.is(v, t.data[i])), `accepted a changed manifest whose output ${name} differs`);
    }
  }

  it(`${config.count} mutated manifests end in a typed error or an artifact that computes the same`, async () => {
    const tally = new FuzzTally('manifest', config);
    const doc = JSON.parse(original) as Json;
    const file = join(dir, 'manifest.json');
    try {
      for (let i = 0; i < config.count; i++) {
        const rng = caseRng(config.seed, i);
        const m = mutateJsonTimes(rng, doc, rng.next() < 0.7 ? 1 : rng.int(2, 4));
        let bytes: Uint8Array = new TextEncoder().encode(stringifyDeep(m.value));
        if (rng.next() < 0.2) {
          const b = mutateBytes(rng, bytes);
          bytes = b.bytes;
          m.names.push(`text ${b.name}`);
        }
        await writeFile(file, Buffer.from(bytes));
        await tally.run(i, m.names, async () => {
          const a = await readArtifact(dir);
          checkComputes(a.manifest, () => runOnCpu(programOf(a), inputs, params));
        });
      }
    } finally {
      await writeFile(file, original);
    }
    console.log(tally.summary());
    expect(tally.report(60)).toBe('');
  });
});
