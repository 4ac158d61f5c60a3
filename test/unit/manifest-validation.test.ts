// Reading an artifact checks its manifest whole before anything runs: the schema (every key, its type and
// range), the format version, what refers to what (bindings, buffers, modules, launches), every launch's
// size against the values it binds, the sha256 of every file it names, its values against the graph and
// the constants, and last the sha256 of each of its own keys (an edit that leaves it consistent: a stride
// uniform, a kernel body). Each way a manifest can be wrong is a ManifestError naming the file and the
// JSON path.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programOf, type Artifact } from '../../artifact/manifest.ts';
import { readArtifact } from '../../artifact/read.ts';
import { writeArtifact } from '../../artifact/write.ts';
import { buildArtifact } from '../../codegen/artifact.ts';
import { compileGraph } from '../../codegen/compile.ts';
import { cudaArtifact } from '../../codegen/cuda/artifact.ts';
import { printProgramWgsl } from '../../codegen/wgsl/program.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { ManifestError } from '../../ir/errors.ts';
import { init } from '../../ir/init.ts';
import { SIZE_LIMIT } from '../../ir/tensor.ts';

// launches: k0 (x, w, c) -> y [2,3] over 6 elements; k1 y -> s [2] over 2
function smallArtifact(): Artifact {
  const b = new GraphBuilder('small');
  const x = b.input('x', 'f32', [2, 3]);
  const w = b.param('w', [3], init.normal(1));
  const y = b.relu(b.add(b.mul(x, w), b.constant([1, 2, 3], 'f32', [3])));
  b.output('y', y);
  b.output('s', b.sum(y, { axes: [1] }));
  const p = compileGraph(b.build());
  return buildArtifact(p, 'wgsl', printProgramWgsl(p, { f16: 'f32-storage', specialize: false }), { f16: 'f32-storage', specialized: false });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let dir: string;
let base: string;
let n = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-manifest-'));
  base = join(dir, 'base');
  await writeArtifact(base, smallArtifact());
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A copy of the small artifact with its manifest edited (and then, optionally, its files), read. */
async function readEdited(edit: (m: Json) => void, files?: (copy: string) => Promise<void>): Promise<{ error: unknown; copy: string }> {
  const copy = join(dir, `edited-${n++}`);
  await cp(base, copy, { recursive: true });
  const m = JSON.parse(await readFile(join(copy, 'manifest.json'), 'utf8')) as Json;
  edit(m);
  await writeFile(join(copy, 'manifest.json'), JSON.stringify(m));
  await files?.(copy);
  return { error: await readArtifact(copy).then(() => undefined, (e: unknown) => e), copy };
}

async function expectManifestError(edit: (m: Json) => void, message: string | RegExp, files?: (copy: string) => Promise<void>): Promise<void> {
  const { error, copy } = await readEdited(edit, files);
  expect(error).toBeInstanceOf(ManifestError);
  const text = (error as Error).message.replaceAll(copy, '<dir>');
  if (typeof message === 'string') expect(text).toBe(message);
  else expect(text).toMatch(message);
}

describe('a valid artifact', () => {
  it('reads back whole, with the sha256 of every file it names', async () => {
    const a = await readArtifact(base);
    expect(Object.keys(a.manifest.sha256!)).toEqual(['constants.safetensors', 'graph.json', 'kernels/k0_relu_add_mul.wgsl', 'kernels/k1_sum.wgsl']);
    expect(Object.keys(a.manifest.contentSha256!)).toEqual(Object.keys(a.manifest).filter((k) => !['format', 'version', 'sha256', 'contentSha256'].includes(k)).sort());
    expect(programOf(a).launches).toEqual(programOf(smallArtifact()).launches);
  });

  it('keeps a kernel constant of -0 (JSON.stringify writes it as 0)', async () => {
    const a = smallArtifact();
    const select = (a.manifest.kernels[0].body[4] as Json).init;
    expect(select.a).toEqual({ k: 'const', t: 'f32', v: 0 });
    select.a.v = -0;
    await writeArtifact(join(dir, 'minus-zero'), a);
    const back = await readArtifact(join(dir, 'minus-zero'));
    expect(Object.is((back.manifest.kernels[0].body[4] as Json).init.a.v, -0)).toBe(true);
  });

  it('of every kind the compiler writes (WGSL generic and specialised, CUDA) passes every check', async () => {
    const b = new GraphBuilder('pool');
    const x = b.input('x', 'f32', [1, 2, 5, 5]);
    b.output('y', b.maxpool(x, { kernel: [3, 3], padding: [1, 1] }));
    b.output('m', b.exp(b.sub(x, b.max(x, { axes: [3], keepdims: true }))));
    b.output('same', x); // an input returned as it is: an output whose stored value is an input
    // a product large enough to be tiled (one workgroup per tile of outputs, not one per output)
    const big = b.input('big', 'f32', [1, 16, 34, 34]);
    b.output('tiled', b.conv(big, b.param('w', [16, 16, 3, 3], init.normal(0.1)), { padding: [1, 1] }));
    const p = compileGraph(b.build());
    expect(p.kernels.some((k) => k.mapping.tile), 'a tiled kernel').toBe(true);
    for (const [i, a] of [
      buildArtifact(p, 'wgsl', printProgramWgsl(p, { f16: 'f32-storage', specialize: true }), { f16: 'f32-storage', specialized: true }),
      cudaArtifact(p),
    ].entries()) {
      await writeArtifact(join(dir, `kind-${i}`), a);
      await expect(readArtifact(join(dir, `kind-${i}`))).resolves.toBeDefined();
    }
    // and a tiled launch's total is still checked (in a generic build: its modules take sizes as uniforms)
    const generic = join(dir, 'kind-generic');
    await writeArtifact(generic, buildArtifact(p, 'wgsl', printProgramWgsl(p, { f16: 'f32-storage', specialize: false }), { f16: 'f32-storage', specialized: false }));
    const t = p.launches.findIndex((l) => p.kernels.find((k) => k.name === l.kernel)!.mapping.tile);
    const m = JSON.parse(await readFile(join(generic, 'manifest.json'), 'utf8')) as Json;
    m.launches[t].total = 1;
    m.launches[t].syms[0] = 1;
    await writeFile(join(generic, 'manifest.json'), JSON.stringify(m));
    await expect(readArtifact(generic)).rejects.toThrow(/launches\[\d+\]\.total: disagrees with the \[1,16,34,34\] elements of node \d+ it computes in \d+x\d+ tiles/);
  });
});

describe('the schema: every key and its type', () => {
  it('a missing key', async () => {
    await expectManifestError((m) => { delete m.launches[1].total; },
      /^<dir>\/manifest\.json: launches\[1\]\.total: missing key \(expected keys kernel, fuses, .*\)$/);
    await expectManifestError((m) => { delete m.kernels; }, /^<dir>\/manifest\.json: kernels: missing key/);
  });

  it('a key of the wrong type', async () => {
    await expectManifestError((m) => { m.kernels[0].mapping.workgroupSize = '64'; },
      '<dir>/manifest.json: kernels[0].mapping.workgroupSize: wrong value (expected an integer from 1 to 1024, found "64")');
    await expectManifestError((m) => { m.launches[0].bindings = 3; },
      '<dir>/manifest.json: launches[0].bindings: wrong type (expected an array, found 3)');
    await expectManifestError((m) => { m.kernels[1].body[0] = { k: 'jump' }; },
      /^<dir>\/manifest\.json: kernels\[1\]\.body\[0\]\.k: wrong value \(expected one of let, assign, store, .*, found "jump"\)$/);
  });

  it('an unknown key', async () => {
    await expectManifestError((m) => { m.launches[0].totl = 6; }, /^<dir>\/manifest\.json: launches\[0\]\.totl: unknown key \(expected one of kernel, .*, found "totl"\)$/);
  });

  it('another format version, naming the version found and the one expected', async () => {
    await expectManifestError((m) => { m.version = 1; },
      '<dir>/manifest.json: version: an artifact of format version 1, which this tempofuse does not read; compile it again (expected version 4, found version 1)');
  });
});

describe('references', () => {
  it('a binding to a node that is not a stored value (binding 999)', async () => {
    await expectManifestError((m) => { m.launches[0].bindings[1] = 999; },
      "<dir>/manifest.json: launches[0].bindings[1]: buffer 'in1' is bound to node 999, which is not a stored value (expected a node of values[], found 999)");
  });

  it('a module running launch 999', async () => {
    await expectManifestError((m) => { m.modules[0].launches[0] = 999; },
      '<dir>/manifest.json: modules[0].launches[0]: launch index out of range (expected below 2, found 999)');
  });

  it('a buffer used in a kernel body but not declared', async () => {
    await expectManifestError((m) => { m.kernels[0].buffers[3].name = 'renamed'; },
      /^<dir>\/manifest\.json: kernels\[0\]\.body: buffer 'out' is used but not declared in kernels\[0\]\.buffers \(expected one of in0, in1, in2, renamed, found "out"\)$/);
  });

  it('an input declared with another shape than its stored value', async () => {
    await expectManifestError((m) => { m.inputs[0].shape = [3, 2]; },
      '<dir>/manifest.json: inputs[0]: type disagrees with the stored value of node 0 (expected f32[2,3], found f32[3,2])');
  });

  it('a kernel writing an input', async () => {
    await expectManifestError((m) => { m.launches[0].bindings[3] = 0; },
      "<dir>/manifest.json: launches[0].bindings[3]: kernel 'k0_relu_add_mul' writes buffer 'out', bound to input node 0 (expected an intermediate or output, found input)");
  });
});

describe('launch sizes against the values they bind', () => {
  it('a launch of 1e9 elements is refused at once', async () => {
    const t0 = Date.now();
    await expectManifestError((m) => { m.launches[0].total = 1e9; m.launches[0].syms[0] = 1e9; m.launches[0].workgroups = [65535, 239, 1]; },
      '<dir>/manifest.json: launches[0].total: disagrees with the [2,3] elements of node 5 it computes (expected 6, or 6 over one axis, found 1000000000)');
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('sizes beyond 32-bit indexing, and workgroups beyond the device limit', async () => {
    await expectManifestError((m) => { m.launches[0].total = 3e9; },
      `<dir>/manifest.json: launches[0].total: wrong value (expected an integer from 1 to ${SIZE_LIMIT}, found 3000000000)`);
    await expectManifestError((m) => { m.launches[0].workgroups = [70000, 1, 1]; },
      '<dir>/manifest.json: launches[0].workgroups[0]: wrong value (expected an integer from 1 to 65535, found 70000)');
    await expectManifestError((m) => { m.launches[0].total = 0; }, /launches\[0\]\.total: wrong value \(expected an integer from 1 to/);
  });

  it('a launch covering fewer elements than its value, or workgroups that do not cover the launch', async () => {
    await expectManifestError((m) => { m.launches[0].total = 4; m.launches[0].syms[0] = 4; },
      /^<dir>\/manifest\.json: launches\[0\]\.total: disagrees with the \[2,3\] elements of node 5/);
    await expectManifestError((m) => { m.launches[0].syms[0] = 5; },
      "<dir>/manifest.json: launches[0].syms[0]: the uniform total disagrees with the launch's total (expected 6, found 5)");
    await expectManifestError((m) => { m.launches[1].workgroups = [2, 1, 1]; }, /^<dir>\/manifest\.json: launches\[1\]\.workgroups: disagree with the 1 workgroups of 2 elements/);
  });

  it('a shape edited in the manifest to disagree with the graph', async () => {
    const edit = (m: Json) => {
      const v = m.values.find((x: Json) => x.node === 5);
      v.shape = [3, 2];
      m.outputs.find((o: Json) => o.node === 5).shape = [3, 2];
    };
    await expectManifestError(edit, "<dir>/manifest.json: values[3]: disagrees with node %5 relu of the graph (expected f32[2,3], found f32[3,2])");
  });

  it('a shape edited to disagree with the launch that computes it (no graph to compare with)', async () => {
    await expectManifestError((m) => {
      delete m.graph;
      delete m.sha256['graph.json'];
      const v = m.values.find((x: Json) => x.node === 5);
      v.shape = [2, 2];
      v.bytes = 16;
      m.outputs.find((o: Json) => o.node === 5).shape = [2, 2];
    }, /^<dir>\/manifest\.json: launches\[0\]\.total: disagrees with the \[2,2\] elements of node 5 it computes/);
  });

  it('bytes that disagree with the shape', async () => {
    await expectManifestError((m) => { m.values[3].bytes = 8; }, '<dir>/manifest.json: values[3].bytes: disagrees with f32[2,3] (expected 24, found 8)');
  });
});

describe('files changed since compile', () => {
  it('an edited kernel file names the file and both hashes', async () => {
    await expectManifestError(() => undefined,
      /^<dir>\/kernels\/k1_sum\.wgsl: kernel file changed since compile \(expected sha256 [0-9a-f]{64}, found sha256 [0-9a-f]{64}\)$/,
      async (copy) => { await writeFile(join(copy, 'kernels/k1_sum.wgsl'), (await readFile(join(copy, 'kernels/k1_sum.wgsl'), 'utf8')).replace('total', 'total ')); });
  });

  it('an edited constants file', async () => {
    await expectManifestError(() => undefined,
      /^<dir>\/constants\.safetensors: constants file changed since compile \(expected sha256 [0-9a-f]{64}, found sha256 [0-9a-f]{64}\)$/,
      async (copy) => {
        const bytes = await readFile(join(copy, 'constants.safetensors'));
        bytes[bytes.length - 1] ^= 0x40;
        await writeFile(join(copy, 'constants.safetensors'), bytes);
      });
  });

  it('a hash missing, or of a file the manifest does not name', async () => {
    await expectManifestError((m) => { delete m.sha256['kernels/k0_relu_add_mul.wgsl']; },
      '<dir>/manifest.json: sha256: no sha256 of "kernels/k0_relu_add_mul.wgsl" (expected one for every file the manifest names, found none)');
    await expectManifestError((m) => { m.sha256['other.txt'] = m.sha256['graph.json']; }, /^<dir>\/manifest\.json: sha256\.other\.txt: a sha256 of a file the manifest does not name/);
  });
});

describe('edits that leave the manifest consistent: changed since compile, by key', () => {
  const changed = (key: string) => new RegExp(`^<dir>/manifest\\.json: ${key.replace(/[[\]]/g, '\\$&')}: manifest changed since compile; compile again rather than edit it \\(expected sha256 [0-9a-f]{64}, found sha256 [0-9a-f]{64}\\)$`);

  it("a launch's stride uniform in a non-specialised WGSL artifact (no source holds it)", async () => {
    // launches[0].syms: total, out_s0, out_d1, in0_s0, in0_s1, ...: read x along its rows as if transposed
    await expectManifestError((m) => { expect(m.kernels[0].syms[4]).toBe('in0_s1'); m.launches[0].syms[4] = 2; }, changed('launches'));
  });

  it('a kernel body: a comparison turned, statements swapped, a constant 0 made -0', async () => {
    await expectManifestError((m) => { m.kernels[0].body[4].init.cond.op = '>'; }, changed('kernels'));
    await expectManifestError((m) => { [m.kernels[0].body[2], m.kernels[0].body[3]] = [m.kernels[0].body[3], m.kernels[0].body[2]]; }, changed('kernels'));
    await expectManifestError(() => undefined, changed('kernels'), async (copy) => {
      const text = await readFile(join(copy, 'manifest.json'), 'utf8');
      expect(text).toContain('"v":0}');
      await writeFile(join(copy, 'manifest.json'), text.replace('"v":0}', '"v":-0}'));
    });
  });

  it('an output renamed', async () => {
    await expectManifestError((m) => { m.outputs[0].name = 'F64'; }, changed('outputs'));
  });

  it('a hashed key without its hash, or a hash of a key the manifest lacks', async () => {
    await expectManifestError((m) => { delete m.contentSha256.cost; }, /^<dir>\/manifest\.json: cost: not among the keys hashed at compile time/);
    await expectManifestError((m) => { m.contentSha256.extra = m.contentSha256.cost; }, /^<dir>\/manifest\.json: contentSha256\.extra: a hash of a key the manifest does not have/);
  });

  it('is not refused for its layout: keys in another order, other spacing', async () => {
    const reversed = (o: Json) => { for (const k of Object.keys(o).reverse()) { const v = o[k]; delete o[k]; o[k] = v; } };
    const { error } = await readEdited((m) => { reversed(m); reversed(m.launches[0]); reversed(m.kernels[0].body[0]); });
    expect(error).toBeUndefined();
  });
});
