// The package's public API, what `import { ... } from 'tempofuse'` gives a network or a program in another
// project: the graph builder and init specs, dtypes and tensors, the blocks of nn/, typed errors, and
// .safetensors files. Everything else stays reachable by path ('tempofuse/runtime/...').
export { GraphBuilder, Value, type Operand } from './ir/builder.ts';
export { init, type InitSpec, type Nonlinearity } from './ir/init.ts';
export { DTYPES, type DType } from './ir/dtype.ts';
export type { Graph } from './ir/graph.ts';
export { Tensor, asTensorOf, numel, type TensorOf } from './ir/tensor.ts';
export * from './ir/errors.ts';
export { loadSafetensors, saveSafetensors, type SafetensorsFile } from './io/safetensors.ts';

export { softmax, logSoftmax } from './nn/activations.ts';
export { linear, applyLinear, type LinearOptions } from './nn/linear.ts';
export { layerNorm, batchNorm, batchNormParams, type LayerNormOptions, type BatchNormOptions, type BatchNormParams, type BatchNormResult } from './nn/norm.ts';
export { gru, gruCell, type GruOptions, type GruCellOptions, type GruResult } from './nn/gru.ts';
export { softPool, type SoftPoolOptions } from './nn/softpool.ts';
export { poolingHead, type HeadOptions } from './nn/head.ts';
export {
  bn, conv, convBnRelu, conv3dBnRelu, stem, c2dStem, resnet3dStem, tsnStem, bottleneck, layer, NAMES, HOOK_POSITIONS,
  type BnStats, type NormOptions, type ConvOptions, type ConvBnReluOptions, type StemOptions, type HookPosition, type HookSite,
  type BottleneckHook, type Layout, type BottleneckNames, type BottleneckOptions, type LayerOptions,
} from './nn/resnet.ts';
export { dtf, type DtfOptions, type DtfResult } from './nn/dtf.ts';
export { tam, type TamOptions, type TamResult } from './nn/tam.ts';
export { sifa, type SifaOptions, type SifaResult, type SifaVariant } from './nn/sifa.ts';
export { sgs, meanOverValidFrames, SGS_KERNELS, SGS_DISTANCES, type SgsOptions, type SgsResult, type SgsKernel, type SgsDistance } from './nn/sgs.ts';
export {
  cosineSelect, cosineSelectIndices, tripletScores, srGate, mtconv, mtBlock, paperSplit, mtConvCode, mtBlockCode, codeSplit,
  type CosineSelectOptions, type CosineVariant, type BnOptions, type SrOptions, type Triple, type MtConvOptions, type MtBlockOptions,
  type MtConvCodeOptions, type MtBlockCodeOptions, type Streams,
} from './nn/mtconv.ts';
