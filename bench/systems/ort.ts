// onnxruntime-node with its WebGPU execution provider (its own Dawn, on the same Vulkan adapter). CPU
// fallback is disabled, so a graph the WebGPU EP cannot run whole is reported with ORT's reason instead of
// timing a CPU run. onnxruntime-node keeps no tensors on the device between runs: each timed run includes
// uploading the inputs and reading the output back (the row says so).
import type { InferenceSession as Session } from 'onnxruntime-node';
import { ONNX_CASES } from '../onnx-cases.ts';
import { timeLoop, type SystemOpener } from '../system.ts';
import { vulkanEnv } from '../env.ts';

export const openOrt: SystemOpener = async (c, data) => {
  const model = ONNX_CASES[c.id]!;
  Object.assign(process.env, vulkanEnv());
  const ort = await import('onnxruntime-node');
  let session: Session;
  try {
    session = await ort.InferenceSession.create(model(), {
      executionProviders: ['webgpu'], graphOptimizationLevel: 'all', logSeverityLevel: 3,
      extra: { session: { disable_cpu_ep_fallback: '1' } },
    });
  } catch (e) {
    return { unavailable: `ORT's WebGPU EP cannot run the whole graph: ${(e as Error).message.split('\n')[0].slice(0, 200)}` };
  }
  const feeds: Record<string, InstanceType<typeof ort.Tensor>> = {};
  for (const [name, t] of [...data.inputs, ...data.params]) feeds[name] = new ort.Tensor('float32', Float32Array.from(t.data), [...t.shape]);
  const once = async () => {
    const t0 = performance.now();
    await session.run(feeds);
    return performance.now() - t0;
  };
  return {
    device: `onnxruntime-node ${ort.env.versions?.common ?? ''} webgpu EP`.replace('  ', ' '),
    note: 'I/O copied host<->device each run',
    outputs: async () => new Map(Object.entries(await session.run(feeds)).map(([k, v]) => [k, v.data as Float32Array] as const)),
    time: (warmup, repeats) => timeLoop(once, warmup, repeats),
    destroy: () => session.release(),
  };
};
