// The CPU runners of an optimizer step graph: the reference interpreter (float64 inside a step) and the
// compiled kernels on the CPU kernel interpreter.
import { compileGraph } from '../../codegen/compile.ts';
import type { Graph } from '../../ir/graph.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import type { Runner } from './optim.ts';

export const CPU_RUNNERS: Record<string, (g: Graph) => Runner> = {
  'reference interpreter': (g) => async (ins) => runReference(g, ins, new Map()).outputs,
  'compiled, CPU kernel interpreter': (g) => {
    const program = compileGraph(g);
    return async (ins) => runOnCpu(program, ins, new Map());
  },
};
