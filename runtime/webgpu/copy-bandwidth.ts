// The device's memory bandwidth as a kernel sees it: a vec4 copy kernel over a buffer far larger than any
// cache, timed like the program's launches (timestamp queries where the device has them, else the wall
// time of submit to completion). Benchmarks divide each launch's GB/s by this figure, so a kernel's speed
// reads as a fraction of what the device can move.
import { summarize, type CopyBandwidth } from '../timing.ts';
import type { GpuDevice } from './device.ts';

const WORKGROUP = 256;

const COPY = `@group(0) @binding(0) var<storage, read> src: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> dst: array<vec4<f32>>;

@compute @workgroup_size(${WORKGROUP})
fn main(@builtin(global_invocation_id) id: vec3<u32>, @builtin(num_workgroups) n: vec3<u32>) {
  let i = id.y * n.x * ${WORKGROUP}u + id.x;
  if (i < arrayLength(&src)) {
    dst[i] = src[i];
  }
}`;

/** Copy `bytes` (rounded down to whole vec4s, capped by the device's largest storage binding) `repeats`
 *  times after `warmup`; GB/s counts the bytes read and written. */
export async function measureCopyBandwidth(gpu: GpuDevice, opts: { bytes?: number; repeats?: number; warmup?: number } = {}): Promise<CopyBandwidth> {
  const device = gpu.device;
  const cap = Math.min(device.limits.maxStorageBufferBindingSize, device.limits.maxBufferSize);
  const bytes = Math.floor(Math.min(opts.bytes ?? 64 * 2 ** 20, cap) / 16) * 16;
  const [repeats, warmup] = [opts.repeats ?? 5, opts.warmup ?? 1];
  return gpu.scoped('measuring the copy bandwidth', async () => {
    const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST;
    const [src, dst] = [device.createBuffer({ size: bytes, usage }), device.createBuffer({ size: bytes, usage })];
    const stamps = device.features.has('timestamp-query');
    const querySet = stamps ? device.createQuerySet({ type: 'timestamp', count: 2 }) : undefined;
    const resolve = stamps ? device.createBuffer({ size: 16, usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC }) : undefined;
    const readback = stamps ? device.createBuffer({ size: 16, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST }) : undefined;
    try {
      const pipeline = await device.createComputePipelineAsync({ layout: 'auto', compute: { module: device.createShaderModule({ code: COPY }), entryPoint: 'main' } });
      const group = device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries: [{ binding: 0, resource: { buffer: src } }, { binding: 1, resource: { buffer: dst } }] });
      const groups = Math.ceil(bytes / 16 / WORKGROUP);
      const maxX = device.limits.maxComputeWorkgroupsPerDimension;
      const [x, y] = groups <= maxX ? [groups, 1] : [maxX, Math.ceil(groups / maxX)];
      const samples: number[] = [];
      for (let i = 0; i < warmup + repeats; i++) {
        const enc = device.createCommandEncoder();
        const pass = enc.beginComputePass(querySet ? { timestampWrites: { querySet, beginningOfPassWriteIndex: 0, endOfPassWriteIndex: 1 } } : {});
        pass.setPipeline(pipeline);
        pass.setBindGroup(0, group);
        pass.dispatchWorkgroups(x, y);
        pass.end();
        if (querySet) {
          enc.resolveQuerySet(querySet, 0, 2, resolve!, 0);
          enc.copyBufferToBuffer(resolve!, 0, readback!, 0, 16);
        }
        const t0 = performance.now();
        device.queue.submit([enc.finish()]);
        await device.queue.onSubmittedWorkDone();
        let ms = performance.now() - t0;
        if (readback) {
          await readback.mapAsync(GPUMapMode.READ);
          const t = new BigInt64Array(readback.getMappedRange().slice(0));
          readback.unmap();
          ms = Number(t[1] - t[0]) / 1e6;
        }
        if (i >= warmup) samples.push(ms);
      }
      const ms = summarize(samples);
      return { bytes: 2 * bytes, ms, gbps: (2 * bytes) / ms.median / 1e6 };
    } finally {
      for (const b of [src, dst, resolve, readback]) b?.destroy();
      querySet?.destroy();
    }
  });
}
