// The hand-written straight-line WGSL kernels (wgsl-kernels.ts), run on the runtime's device: inputs
// uploaded once, one dispatch per forward, each forward submitted and awaited.
import { numel } from '../../ir/tensor.ts';
import { grid, openDispatcher } from '../gpu-device.ts';
import { timeLoop, type SystemOpener } from '../system.ts';
import { handKernel } from '../wgsl-kernels.ts';

export const openHandwritten: SystemOpener = async (c, data) => {
  const k = handKernel(c.id)!;
  const d = await openDispatcher();
  const outputs = new Map<string, { buffer: GPUBuffer; bytes: number }>();
  const buffers = k.bindings.map((name) => {
    if (name.startsWith('out:')) {
      const o = data.meta.outputs.find((i) => i.name === name.slice(4))!;
      const bytes = numel(o.shape) * 4;
      const buffer = d.storage(bytes);
      outputs.set(o.name, { buffer, bytes });
      return buffer;
    }
    const t = data.inputs.get(name) ?? data.params.get(name);
    if (!t) throw new Error(`hand-written kernel of ${c.id} binds '${name}', which the case does not declare`);
    return d.storage(t.data.length * 4, Float32Array.from(t.data));
  });
  const pipeline = await d.pipeline(k.source);
  const group = d.bind(pipeline, buffers);
  const once = () => d.submit([[pipeline, group, grid(d.device, Math.ceil(k.invocations / k.workgroupSize))]]);
  return {
    device: d.describe(), note: '1 dispatch',
    outputs: async () => {
      await once();
      const got = new Map<string, ArrayLike<number>>();
      for (const [name, o] of outputs) got.set(name, await d.read(o.buffer, o.bytes));
      return got;
    },
    time: (warmup, repeats) => timeLoop(once, warmup, repeats),
    destroy: async () => d.destroy(),
  };
};
