// MTConv / MTNet (spec §5): the paper's MTConv and MTBlock (mtconv-paper.ts), the official code's
// two-stream MTConv and MTBlock (mtconv-code.ts), the triplet cosine frame selection (cossim.ts) and the
// shared Squeeze-and-Recursion gate (mtconv-common.ts).
export { cosineSelect, cosineSelectIndices, tripletScores, type CosineSelectOptions, type CosineVariant } from './cossim.ts';
export { srGate, type BnStats, type BnOptions, type SrOptions, type Triple } from './mtconv-common.ts';
export { mtconv, mtBlock, paperSplit, type MtConvOptions, type MtBlockOptions } from './mtconv-paper.ts';
export { mtConvCode, mtBlockCode, codeSplit, type MtConvCodeOptions, type MtBlockCodeOptions, type Streams } from './mtconv-code.ts';
