// Parameter groups as video codebases set them up: every trainable parameter belongs to exactly one group,
// each with its own learning-rate multiplier and weight decay, and batch-norm parameters and biases get no
// weight decay. The rule for "no decay" is the common one (timm, mmaction's norm/bias decay multipliers of
// 0): a parameter of rank ≤ 1 (BN and LayerNorm weight and bias, every bias) or whose name ends in "bias".
import type { Graph } from '../ir/graph.ts';
import { OptimizerError } from '../ir/errors.ts';
import { requireInRange, requireKnownOptions } from './check.ts';

export interface ParamInfo {
  /** The state_dict key, e.g. "layer1.0.bn1.weight". */
  name: string;
  shape: readonly number[];
}

/** A group asked for by name: the parameters it claims, by exact name or by name prefix. */
export interface GroupSpec {
  name: string;
  params?: readonly string[];
  /** Every parameter whose name starts with one of these (e.g. "fc." for a classifier head). */
  prefixes?: readonly string[];
  /** Multiplies the schedule's learning rate. Default 1. */
  lrScale?: number;
  /** This group's weight decay for its decayed parameters. Default: the base. */
  weightDecay?: number;
}

export interface GroupOptions {
  /** Weight decay of parameters that decay. */
  weightDecay: number;
  /** Explicit groups; parameters that none claims form the group "default". */
  groups?: readonly GroupSpec[];
}

export interface ParamGroup {
  /** The spec's name, with "/no_decay" for its parameters that take no weight decay. */
  name: string;
  params: string[];
  lrScale: number;
  weightDecay: number;
}

/** Whether a parameter takes no weight decay: rank ≤ 1, or a bias by name. */
export function isNoDecay(p: ParamInfo): boolean {
  return p.shape.length <= 1 || p.name === 'bias' || p.name.endsWith('.bias');
}

/** The graph's trainable parameters (running statistics and other frozen buffers are not optimised). */
export function trainableParams(graph: Graph): ParamInfo[] {
  return graph.params().filter((n) => n.attrs.trainable !== false).map((n) => ({ name: n.attrs.name as string, shape: n.type.shape }));
}

const SPEC_KEYS: Record<keyof GroupSpec, true> = { name: true, params: true, prefixes: true, lrScale: true, weightDecay: true };

/** Which spec claims each parameter; a parameter claimed twice, or a name or prefix that matches nothing, is
 *  an error naming both. */
function claims(params: readonly ParamInfo[], specs: readonly GroupSpec[]): Map<string, GroupSpec> {
  const names = new Set(params.map((p) => p.name));
  const owner = new Map<string, GroupSpec>();
  const claim = (name: string, spec: GroupSpec) => {
    const prev = owner.get(name);
    if (prev && prev !== spec) {
      throw new OptimizerError(`parameter '${name}' is in two parameter groups`, { expected: 'each parameter in at most one group', found: `groups '${prev.name}' and '${spec.name}'` });
    }
    owner.set(name, spec);
  };
  for (const spec of specs) {
    for (const name of spec.params ?? []) {
      if (!names.has(name)) throw new OptimizerError(`parameter group '${spec.name}' names an unknown parameter`, { expected: 'a trainable parameter of the network', found: name });
      claim(name, spec);
    }
    for (const prefix of spec.prefixes ?? []) {
      const hit = params.filter((p) => p.name.startsWith(prefix));
      if (hit.length === 0) throw new OptimizerError(`parameter group '${spec.name}': prefix matches no parameter`, { expected: 'a prefix of a trainable parameter', found: prefix });
      for (const p of hit) claim(p.name, spec);
    }
  }
  return owner;
}

/** The groups, in the order of the specs then "default", each split into its decayed parameters and its
 *  "/no_decay" ones; empty groups are left out and parameters keep the order given. */
export function paramGroups(params: readonly ParamInfo[], opts: GroupOptions): ParamGroup[] {
  requireInRange('paramGroups', 'weightDecay', opts.weightDecay, 0);
  const specs = opts.groups ?? [];
  const seen = new Set<string>();
  for (const spec of specs) {
    requireKnownOptions(`parameter group '${spec.name}'`, spec, SPEC_KEYS);
    if (spec.name === 'default' || seen.has(spec.name)) {
      throw new OptimizerError(`parameter group name '${spec.name}' is taken`, { expected: 'a unique name other than "default"', found: spec.name });
    }
    seen.add(spec.name);
    if (!spec.params?.length && !spec.prefixes?.length) {
      throw new OptimizerError(`parameter group '${spec.name}' claims no parameters`, { expected: 'params or prefixes', found: 'neither' });
    }
    requireInRange(`parameter group '${spec.name}'`, 'lrScale', spec.lrScale ?? 1, 0);
    requireInRange(`parameter group '${spec.name}'`, 'weightDecay', spec.weightDecay ?? 0, 0);
  }
  const owner = claims(params, specs);
  const fallback: GroupSpec = { name: 'default' };
  return [...specs, fallback].flatMap((spec) => {
    const mine = params.filter((p) => (owner.get(p.name) ?? fallback) === spec);
    const lrScale = spec.lrScale ?? 1;
    return [
      { name: spec.name, params: mine.filter((p) => !isNoDecay(p)).map((p) => p.name), lrScale, weightDecay: spec.weightDecay ?? opts.weightDecay },
      { name: `${spec.name}/no_decay`, params: mine.filter(isNoDecay).map((p) => p.name), lrScale, weightDecay: 0 },
    ].filter((g) => g.params.length > 0);
  });
}

/** Each parameter's group and where its group's block of `blockLength` entries starts in a hyperparameter
 *  vector holding one block per group in group order (packHyper of the groups' blocks). */
export function groupOffsets(groups: readonly ParamGroup[], blockLength: number): Map<string, { group: ParamGroup; offset: number }> {
  return new Map(groups.flatMap((group, k) => group.params.map((name) => [name, { group, offset: k * blockLength }] as const)));
}
