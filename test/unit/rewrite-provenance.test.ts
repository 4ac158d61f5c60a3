import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { programOf } from '../../artifact/manifest.ts';
import { readArtifact } from '../../artifact/read.ts';
import { writeArtifact } from '../../artifact/write.ts';
import { buildArtifact } from '../../codegen/artifact.ts';
import { compileGraph } from '../../codegen/compile.ts';
import { describeProgram } from '../../codegen/report.ts';
import { printProgramWgsl } from '../../codegen/wgsl/program.ts';
import { ParseError } from '../../ir/errors.ts';
import { Graph } from '../../ir/graph.ts';
import { graphFromJSON, graphToJSON } from '../../ir/json.ts';
import { parseGraph, printGraph } from '../../ir/text.ts';
import { simplify } from '../../ir/rewrite/simplify.ts';
import { runCli } from '../helpers/cli.ts';

const WHY = '∂ of %12 conv @ nn/dtf.ts:146';

/** x -> neg (made by a pass, with provenance) -> mul by 1 (folded by simplify) -> relu. */
function derived(): Graph {
  const g = new Graph('derived');
  g.append('input', [], { name: 'x', dtype: 'f32', shape: [2, 3] }, 'net.ts:1');
  g.append('neg', [0], {}, undefined, WHY);
  g.append('const', [], { dtype: 'f32', shape: [], value: [1] }, undefined, 'ones of %1');
  g.append('mul', [1, 2], {}, undefined, '∂ of %13 mul');
  g.append('relu', [3], {}, 'net.ts:4');
  g.addOutput('y', 4);
  return g;
}

describe('provenance', () => {
  it('round-trips through the JSON form, and a node without one writes no key', () => {
    const g = derived();
    const json = graphToJSON(g);
    expect(json.nodes[1].provenance).toBe(WHY);
    expect(Object.hasOwn(json.nodes[4], 'provenance')).toBe(false);
    const back = graphFromJSON(JSON.parse(JSON.stringify(json)));
    expect(back.nodes.map((n) => n.provenance)).toEqual(g.nodes.map((n) => n.provenance));
    const bad = JSON.parse(JSON.stringify(json));
    bad.nodes[1].provenance = 12;
    expect(() => graphFromJSON(bad)).toThrow(ParseError);
    expect(() => graphFromJSON(bad)).toThrow('<json>:nodes[1].provenance: bad nodes[1].provenance (expected a string, found 12)');
  });

  it('round-trips through the text form, after the location', () => {
    const g = derived();
    const text = printGraph(g);
    expect(text).toContain(`%1 = neg(%0) : f32[2,3] provenance ${JSON.stringify(WHY)}\n`);
    expect(text).toContain('%4 = relu(%3) : f32[2,3] @ "net.ts:4"\n');
    const back = parseGraph(text);
    expect(printGraph(back)).toBe(text);
    expect(back.nodes[1].provenance).toBe(WHY);
    expect(parseGraph('graph "g" {\n %a = input {name="x", dtype="f32", shape=[1]} @ "n.ts:1" provenance "p"\n output "y" = %a\n}').nodes[0].provenance).toBe('p');
    expect(() => parseGraph('graph "g" {\n %a = input {name="x", dtype="f32", shape=[1]} provenance 3\n output "y" = %a\n}')).toThrow(ParseError);
  });

  it('survives simplify on the nodes that remain', () => {
    const { graph } = simplify(derived());
    expect(graph.nodes.map((n) => [n.op, n.provenance])).toEqual([['input', undefined], ['neg', WHY], ['relu', undefined]]);
  });

  it('is shown in the generated WGSL kernel comment and in the kernel plan (inspect --kernels)', () => {
    const program = compileGraph(derived());
    const sources = printProgramWgsl(program, { f16: 'f32-storage' }).map((m) => m.source).join('\n');
    expect(sources).toMatch(/^\/\/ Fuses: .*%1 neg <- ∂ of %12 conv @ nn\/dtf.ts:146/m);
    expect(describeProgram(program)).toContain(`%3 mul <- ∂ of %13 mul`);
  });

  it('is printed by `tempofuse inspect --kernels` for a graph read from its JSON form', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tempofuse-provenance-'));
    try {
      const file = join(dir, 'derived.json');
      await writeFile(file, JSON.stringify(graphToJSON(derived())));
      const r = await runCli(['inspect', '--kernels', file]);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(`%1 neg <- ${WHY}\n`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is kept by an artifact: in its graph and in the fused nodes of each launch', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tempofuse-provenance-'));
    try {
      const p = compileGraph(derived());
      await writeArtifact(dir, buildArtifact(p, 'wgsl', printProgramWgsl(p, { f16: 'f32-storage' }), { f16: 'f32-storage', specialized: false }));
      const back = await readArtifact(dir);
      expect(back.graph!.nodes[1].provenance).toBe(WHY);
      expect(programOf(back).launches.flatMap((l) => l.fuses).find((f) => f.id === 1)?.provenance).toBe(WHY);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('prints on one line of a kernel comment even when it holds line breaks', () => {
    const g = new Graph('breaks');
    g.append('input', [], { name: 'x', dtype: 'f32', shape: [3] });
    g.append('neg', [0], {}, 'net.ts:2\rfn main() {}', 'pass\n@compute fn f() {}\u2028x');
    g.addOutput('y', 1);
    const source = printProgramWgsl(compileGraph(g), { f16: 'f32-storage' })[0].source;
    expect(source).toContain('// Fuses: %1 neg (net.ts:2 fn main() {}) <- pass @compute fn f() {} x\n');
  });
});
