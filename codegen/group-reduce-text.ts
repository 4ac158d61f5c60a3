// The text of a group_reduce, shared by the CUDA and WGSL printers, which supply the syntax: the tree's
// levels through workgroup memory down to `lanes` partials, then (lanes > 1) xor shuffles that pair lanes
// as the tree pairs invocations, so every backend combines in the order kernel-ir.ts defines. Lane l first
// reads the partial of invocation l mod lanes, which the tree left in the array: nothing assumes how a
// device maps invocations to lanes.
import { treeLevels } from './kir.ts';

/** How one backend writes the pieces (names already made legal by the printer). */
export interface TreeSyntax {
  readonly barrier: string;
  /** An i32 literal. */
  int(n: number): string;
  /** An immutable local of the reduced type. */
  bind(name: string, value: string): string;
  /** A mutable local of the reduced type. */
  declare(name: string, value: string): string;
  /** `v` as held by the lane whose index differs from this one's by xor `mask`. */
  shuffle(v: string, mask: number): string;
  /** The index of the array a lane starts from (the lane's index in its subgroup, mod `lanes`). */
  laneIndex(lanes: number): string;
}

export interface TreeParts {
  /** The legal names of the statement's array, result and operands. */
  readonly arr: string; readonly name: string; readonly lhs: string; readonly rhs: string;
  /** The printed value each invocation contributes, and the printed combine of lhs and rhs. */
  readonly value: string; readonly combine: string;
  /** Invocations per workgroup, and the lanes of the shuffled tail (1: none). */
  readonly size: number; readonly lanes: number;
  /** The comment line above it. */
  readonly comment: string;
}

/** The lines of a group_reduce, indented by `pad`. */
export function groupReduceText(p: TreeParts, syn: TreeSyntax, pad: string): string {
  const step = (left: string, right: string, into: string) => [
    `${pad}  ${syn.bind(p.lhs, left)}`, `${pad}  ${syn.bind(p.rhs, right)}`, `${pad}  ${into} = ${p.combine};`];
  const lines = [`${pad}// ${p.comment}`, `${pad}${p.arr}[lid] = ${p.value};`, `${pad}${syn.barrier}`];
  for (const level of treeLevels(p.size, p.lanes)) {
    lines.push(`${pad}if (lid < ${syn.int(level)}) {`, ...step(`${p.arr}[lid]`, `${p.arr}[lid + ${syn.int(level)}]`, `${p.arr}[lid]`), `${pad}}`, `${pad}${syn.barrier}`);
  }
  if (p.lanes === 1) return [...lines, `${pad}${syn.bind(p.name, `${p.arr}[0]`)}`].join('\n');
  lines.push(`${pad}${syn.declare(p.name, `${p.arr}[${syn.laneIndex(p.lanes)}]`)}`);
  for (let m = p.lanes / 2; m >= 1; m /= 2) lines.push(`${pad}{`, ...step(p.name, syn.shuffle(p.name, m), p.name), `${pad}}`);
  return lines.join('\n');
}
