// tempofuse: the case's graph compiled for WebGPU (codegen/compile.ts, with the fusion options `openGraph` uses for the device) and loaded by the WebGPU runtime;
// warm forwards are timed by the runtime's own timer (inputs uploaded once; each run submitted and awaited
// with queue.onSubmittedWorkDone; timestamp queries give the GPU time where the adapter has them).
import { compileGraph } from '../../codegen/compile.ts';
import { printProgramWgsl } from '../../codegen/wgsl/program.ts';
import { webgpuFusion } from '../../driver/open-graph.ts';
import { WebGpuExecutor } from '../../runtime/webgpu/executor.ts';
import type { SystemOpener } from '../system.ts';

export const openOurs: SystemOpener = async (c, data) => {
  const exec = await WebGpuExecutor.create();
  const program = compileGraph(c.build(), webgpuFusion(exec));
  const loaded = await exec.load(program, { modules: printProgramWgsl });
  const launches = program.cost.fused.launches;
  return {
    device: exec.describe(),
    note: `${launches} launch${launches === 1 ? '' : 'es'}`,
    outputs: async () => new Map([...(await loaded.run(data.inputs, data.params))].map(([k, t]) => [k, t.data] as const)),
    time: async (warmup, repeats) => {
      const t = await loaded.timeRun(data.inputs, data.params, { warmup, repeats });
      const kernels = t.launches?.map((l) => {
        const { bytesRead, bytesWritten } = program.launches[l.launch];
        return { kernel: l.kernel, ms: l.ms.median, bytes: bytesRead + bytesWritten };
      });
      return { ms: t.wallMs.median, gpuMs: t.gpuMs?.median, ...(kernels ? { kernels } : {}) };
    },
    destroy: async () => { loaded.destroy(); exec.destroy(); },
  };
};
