// Which system has a version of which case, known without starting it (the driver does not spawn a
// process only to hear "not written"). PyTorch's list lives in torch_cases.py, which answers for itself.
import { handKernel } from '../wgsl-kernels.ts';
import { ONNX_CASES } from '../onnx-cases.ts';
import { TFJS_CASES } from '../tfjs-cases.ts';

export const SYSTEMS = ['ours', 'tfjs', 'ort', 'handwritten', 'torch-cpu'] as const;
export type SystemName = (typeof SYSTEMS)[number];

export const SYSTEM_LABELS: Record<SystemName, string> = {
  ours: 'tempofuse (WebGPU)',
  tfjs: 'TF.js 4.22 webgpu',
  ort: 'onnxruntime-node 1.30 webgpu EP',
  handwritten: 'hand-written WGSL (limit)',
  'torch-cpu': 'PyTorch CPU f32 (other device)',
};

/** Why `system` has no version of `caseId`, or undefined when it has one. */
export function notWritten(system: SystemName, caseId: string): string | undefined {
  switch (system) {
    case 'tfjs': return TFJS_CASES[caseId] ? undefined : 'not written with TF.js ops (FFT-filter-IFFT, TAM conv, DTF correlation+aggregation, the five blocks and the TAM ResNet are)';
    case 'ort': return ONNX_CASES[caseId] ? undefined : 'not written as an ONNX graph (FFT-filter-IFFT, TAM conv and DTF correlation+aggregation are)';
    case 'handwritten': return handKernel(caseId) ? undefined : 'no hand-written kernel (written for FFT-filter-IFFT and TAM conv)';
    default: return undefined;
  }
}
