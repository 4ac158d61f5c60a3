// TF.js's WebGPU backend on Dawn's navigator.gpu in this process. The backend registers itself at import
// only when navigator.gpu exists, so the globals are set first. A forward is timed from the first op to
// the end of its GPU work: the backend's open compute pass is ended and its command encoder submitted
// (what TF.js does itself before a read), then the queue is awaited. It gets Dawn from the runtime's
// device module, so it runs on the same Dawn build and adapter as tempofuse.
import { getGpu } from '../../runtime/webgpu/device.ts';
import { TFJS_CASES } from '../tfjs-cases.ts';
import { timeLoop, type SystemOpener } from '../system.ts';

interface WebGpuBackendLike {
  device: GPUDevice;
  adapterInfo?: { vendor?: string; architecture?: string };
  endComputePassEncoder(): void;
  submitQueue(): void;
  commandEncoder: unknown;
}

export const openTfjs: SystemOpener = async (c, data) => {
  const impl = TFJS_CASES[c.id]!;
  // the runtime's Dawn entry point (it makes SwiftShader visible where there is no GPU, sets the WebGPU
  // globals and keeps the object alive), handed to TF.js as navigator.gpu
  const gpu = await getGpu();
  Object.defineProperty(globalThis, 'navigator', { value: { gpu, userAgent: 'node' }, configurable: true, writable: true });
  const tf = await import('@tensorflow/tfjs-core');
  await import('@tensorflow/tfjs-backend-webgpu');
  if (!(await tf.setBackend('webgpu'))) throw new Error('TF.js could not start its webgpu backend');
  await tf.ready();
  const backend = tf.backend() as unknown as WebGpuBackendLike;
  const tensors: Record<string, import('@tensorflow/tfjs-core').Tensor> = {};
  for (const [name, t] of [...data.inputs, ...data.params]) tensors[name] = tf.tensor(Float32Array.from(t.data), [...t.shape], 'float32');
  const forward = () => tf.tidy(() => impl(tf, tensors));
  const once = async (): Promise<number> => {
    const t0 = performance.now();
    const out = forward();
    backend.endComputePassEncoder();
    if (backend.commandEncoder) backend.submitQueue();
    await backend.device.queue.onSubmittedWorkDone();
    const ms = performance.now() - t0;
    for (const v of Object.values(out)) v.dispose();
    return ms;
  };
  const info = backend.adapterInfo;
  return {
    device: `TF.js ${tf.version_core} webgpu on ${info?.vendor ?? '?'} ${info?.architecture ?? ''}`.trim(),
    outputs: async () => {
      const out = forward();
      const got = new Map<string, ArrayLike<number>>();
      for (const [k, v] of Object.entries(out)) got.set(k, await v.data() as Float32Array);
      for (const v of Object.values(out)) v.dispose();
      return got;
    },
    time: (warmup, repeats) => timeLoop(once, warmup, repeats),
    destroy: async () => { for (const t of Object.values(tensors)) t.dispose(); },
  };
};
