// Shared by the fusion-rule tests: compile a hand-built graph, run it on the CPU kernel interpreter and
// compare every output with the reference interpreter's; and short views of a compiled program.
import { expect } from 'vitest';
import { compileGraph, type Program } from '../../codegen/compile.ts';
import type { FusionOptions } from '../../codegen/fuse.ts';
import { specializeBody } from '../../codegen/specialize.ts';
import type { Graph } from '../../ir/graph.ts';
import { printGraph } from '../../ir/text.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { Rng } from '../../runtime/random.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { compareTensors } from './compare.ts';

const KERNEL_TOL = 2e-6;

/** Random f32 inputs (exactly representable) for every input of `g`; i32 inputs get 0..max-1. */
export function inputsOf(g: Graph, seed = 1, max = 1): Map<string, Tensor> {
  const rng = new Rng(seed);
  return new Map(g.inputs().map((n) => {
    const shape = n.type.shape;
    const draw = n.type.dtype === 'i32' ? () => rng.int(0, max) : () => Math.fround(rng.uniform(-1.5, 1.5));
    return [n.attrs.name as string, Tensor.from(n.type.dtype, shape, Array.from({ length: numel(shape) }, draw))] as const;
  }));
}

/** Compile, run on the CPU (each kernel as built, and specialised per launch as the printers print it),
 *  compare every output with the reference; returns the program. */
export function checked(g: Graph, opts: Partial<FusionOptions> = {}, inputs = inputsOf(g)): Program {
  const program = compileGraph(g, opts);
  const ref = runReference(g, inputs, new Map()).outputs;
  for (const [form, p] of [['as built', program], ['specialised', specialised(program)]] as const) {
    const got = runOnCpu(p, inputs, new Map());
    for (const [name, want] of ref) {
      const d = compareTensors(got.get(name)!, want, KERNEL_TOL);
      expect(d.ok, `output ${name} (kernels ${form}): ${d.message}\n${printGraph(g)}`).toBe(true);
    }
  }
  return program;
}

/** `p` with a kernel per launch whose body has that launch's uniforms inlined (specialize.ts). */
export function specialised(p: Program): Program {
  const kernels = p.launches.map((l, i) => {
    const k = p.kernels.find((c) => c.name === l.kernel)!;
    const values = new Map(k.syms.map((s, j) => [s, l.syms[j]] as const));
    return { ...k, name: `${k.name}__${i}`, body: specializeBody(k.body, values, k.mapping) };
  });
  return { ...p, kernels, launches: p.launches.map((l, i) => ({ ...l, kernel: kernels[i].name })) };
}

/** The ops each launch computes, root last, e.g. 'relu+mul+add'. */
export const launchOps = (p: Program) => p.launches.map((l) => l.fuses.map((f) => f.op).join('+'));
export const intermediates = (p: Program) => p.values.filter((v) => v.role === 'intermediate').map((v) => v.node);

