// The WebGPU device for the hand-written kernels and the copy limits: the runtime's own device selection
// (runtime/webgpu/device.ts, through the executor), so these rows run on the adapter tempofuse runs on.
import type { GpuDevice } from '../runtime/webgpu/device.ts';
import { WebGpuExecutor } from '../runtime/webgpu/executor.ts';

export interface Dispatcher {
  readonly gpu: GpuDevice;
  readonly device: GPUDevice;
  describe(): string;
  storage(bytes: number, data?: Float32Array): GPUBuffer;
  pipeline(source: string): Promise<GPUComputePipeline>;
  bind(pipeline: GPUComputePipeline, buffers: readonly GPUBuffer[]): GPUBindGroup;
  /** Submit one command buffer holding `dispatches` (pipeline, bind group, workgroup grid) in one pass and
   *  wait for the queue; resolves with the wall ms from submit to completion. */
  submit(dispatches: readonly (readonly [GPUComputePipeline, GPUBindGroup, readonly [number, number]])[]): Promise<number>;
  read(buffer: GPUBuffer, bytes: number): Promise<Float32Array>;
  destroy(): void;
}

/** A 1-D grid of `groups` workgroups folded into 2-D where it exceeds the per-dimension limit. */
export function grid(device: GPUDevice, groups: number): [number, number] {
  const max = device.limits.maxComputeWorkgroupsPerDimension;
  const y = Math.ceil(groups / max);
  return [Math.ceil(groups / y), y];
}

export async function openDispatcher(): Promise<Dispatcher> {
  const exec = await WebGpuExecutor.create();
  const gpu = exec.gpu;
  const device = gpu.device;
  const owned: GPUBuffer[] = [];
  return {
    gpu, device,
    describe: () => exec.describe(),
    storage(bytes, data) {
      const b = device.createBuffer({ size: Math.max(16, Math.ceil(bytes / 16) * 16), usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST });
      if (data) device.queue.writeBuffer(b, 0, data);
      owned.push(b);
      return b;
    },
    pipeline: (source) => gpu.scoped('hand-written kernel', () =>
      device.createComputePipelineAsync({ layout: 'auto', compute: { module: device.createShaderModule({ code: source }), entryPoint: 'main' } })),
    bind: (pipeline, buffers) => device.createBindGroup({
      layout: pipeline.getBindGroupLayout(0), entries: buffers.map((buffer, binding) => ({ binding, resource: { buffer } })),
    }),
    async submit(dispatches) {
      const enc = device.createCommandEncoder();
      const pass = enc.beginComputePass();
      for (const [p, g, [x, y]] of dispatches) {
        pass.setPipeline(p);
        pass.setBindGroup(0, g);
        pass.dispatchWorkgroups(x, y);
      }
      pass.end();
      const cb = enc.finish();
      const t0 = performance.now();
      device.queue.submit([cb]);
      await device.queue.onSubmittedWorkDone();
      return performance.now() - t0;
    },
    async read(buffer, bytes) {
      const staging = device.createBuffer({ size: Math.ceil(bytes / 4) * 4, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
      const enc = device.createCommandEncoder();
      enc.copyBufferToBuffer(buffer, 0, staging, 0, staging.size);
      device.queue.submit([enc.finish()]);
      await staging.mapAsync(GPUMapMode.READ);
      const out = new Float32Array(staging.getMappedRange().slice(0));
      staging.unmap();
      staging.destroy();
      gpu.check('reading a result');
      return out;
    },
    destroy() {
      for (const b of owned) b.destroy();
      exec.destroy();
    },
  };
}
