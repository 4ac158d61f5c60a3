// The manifest's schema: every key of every value, its type and its range. The format and the version are
// checked first, so that a manifest of another version is reported as such rather than by its first
// difference. What refers to what (launches to kernels, bindings to values, sizes to buffers) is checked
// afterwards, on a manifest of the right shape (artifact/manifest-refs.ts).
import { DTYPES } from '../ir/dtype.ts';
import { ManifestError } from '../ir/errors.ts';
import { initAttr } from '../ir/init.ts';
import { SIZE_LIMIT } from '../ir/tensor.ts';
import { BIN_OPS, FNS, KTYPES } from './kernel-ir.ts';
import { ARTIFACT_FORMAT, ARTIFACT_VERSION, MAX_WORKGROUPS_PER_DIM, TARGETS, type Manifest } from './manifest.ts';
import { arrayOf, bool, brief, int, mapOf, nonEmpty, num, oneOf, pattern, record, Site, str, tagged, validate, type Check } from './schema.ts';

const size = int(0, SIZE_LIMIT);
const count = int(0, Number.MAX_SAFE_INTEGER);
const node = int(0, SIZE_LIMIT);
const ktype = oneOf(KTYPES);
const dtype = oneOf(DTYPES);
const shape = arrayOf(size);
const hex64 = pattern(/^[0-9a-f]{64}$/, '64 lowercase hex digits');

const init: Check = (v, at) => {
  try {
    initAttr().check(v, 'init');
  } catch {
    at.fail('not an init spec', initAttr().describe, brief(v));
  }
};

const named = (withInit: boolean) => record({ name: str, node, dtype, shape }, withInit ? { init } : {});

const value = record(
  { node, role: oneOf(['input', 'param', 'const', 'intermediate', 'output']), dtype, shape, bytes: count },
  { name: str, init },
);

let expr: Check = () => undefined;
const lazyExpr: Check = (v, at, todo) => expr(v, at, todo);
const exprs = arrayOf(lazyExpr);
expr = tagged('k', {
  const: record({ k: str, t: ktype, v: num }),
  sym: record({ k: str, name: str }),
  var: record({ k: str, name: str, t: ktype }),
  builtin: record({ k: str, name: oneOf(['gid', 'wid', 'lid', 'group_size']) }),
  load: record({ k: str, buf: str, index: lazyExpr, t: ktype }),
  shared_load: record({ k: str, arr: str, index: lazyExpr, t: ktype }),
  reg_load: record({ k: str, arr: str, index: lazyExpr, t: ktype }),
  bin: record({ k: str, op: oneOf(BIN_OPS), a: lazyExpr, b: lazyExpr, t: ktype }),
  neg: record({ k: str, a: lazyExpr, t: ktype }),
  not: record({ k: str, a: lazyExpr }),
  call: record({ k: str, fn: oneOf(FNS), args: exprs, t: ktype }),
  select: record({ k: str, cond: lazyExpr, a: lazyExpr, b: lazyExpr, t: ktype }),
  cast: record({ k: str, to: ktype, a: lazyExpr }),
});

let stmts: Check = () => undefined;
const lazyStmts: Check = (v, at, todo) => stmts(v, at, todo);
stmts = arrayOf(tagged('k', {
  let: record({ k: str, name: str, t: ktype, init: expr, mutable: bool }),
  assign: record({ k: str, name: str, value: expr }),
  store: record({ k: str, buf: str, index: expr, value: expr }),
  accumulate: record({ k: str, buf: str, index: expr, value: expr }),
  shared_store: record({ k: str, arr: str, index: expr, value: expr }),
  reg_array: record({ k: str, name: str, t: ktype, size: int(1, SIZE_LIMIT) }),
  reg_store: record({ k: str, arr: str, index: expr, value: expr }),
  for: record({ k: str, v: str, start: expr, end: expr, step: expr, body: lazyStmts }),
  if: record({ k: str, cond: expr, then: lazyStmts }, { else: lazyStmts }),
  barrier: record({ k: str }),
  group_reduce: record({ k: str, name: str, t: ktype, value: expr, arr: str, lhs: str, rhs: str, combine: expr }),
  trap: record({ k: str, code: int(0, 2 ** 31 - 1) }),
  comment: record({ k: str, text: str }),
}));

const kernel = record({
  name: nonEmpty, file: str,
  buffers: arrayOf(record({ name: nonEmpty, t: ktype, access: oneOf(['read', 'read_write']) }, { atomic: bool })),
  syms: arrayOf(nonEmpty),
  shared: arrayOf(record({ name: nonEmpty, t: ktype, size: int(1, SIZE_LIMIT) })),
  mapping: record({ kind: oneOf(['flat', 'group']), workgroupSize: int(1, 1024) }, { tile: record({ rows: int(1, 1024), cols: int(1, 1024) }) }),
  traps: bool,
  body: stmts,
});

const launch = record({
  kernel: str,
  fuses: arrayOf(record({ id: node, op: str }, { loc: str, provenance: str, note: str })),
  bindings: arrayOf(node),
  // uniforms are i32 in kernels; sizes among them are at most SIZE_LIMIT
  syms: arrayOf(int(-SIZE_LIMIT, SIZE_LIMIT)),
  total: int(1, SIZE_LIMIT),
  bytesRead: count, bytesWritten: count,
  workgroups: arrayOf(int(1, MAX_WORKGROUPS_PER_DIM), 3),
}, { why: arrayOf(str) });

const cost = record({ launches: count, bytesRead: count, bytesWritten: count });

const manifest = record({
  format: str, version: num, target: oneOf(TARGETS), name: str,
  options: mapOf((v, at) => {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') at.fail('wrong type', 'a string, number or boolean', brief(v));
  }),
  inputs: arrayOf(named(false)), params: arrayOf(named(true)), outputs: arrayOf(named(false)),
  values: arrayOf(value),
  kernels: arrayOf(kernel),
  modules: arrayOf(record({ name: nonEmpty, kernel: str, launches: arrayOf(count), file: str }, { specialized: arrayOf(int(-SIZE_LIMIT, SIZE_LIMIT)) })),
  launches: arrayOf(launch),
  cost: record({ fused: cost, unfused: cost }),
  sha256: mapOf(hex64),
  contentSha256: mapOf(hex64),
}, { constants: str, graph: str });

/** `json`, read from `file`, as a manifest of this version; a ManifestError names the first key that
 *  breaks the schema. */
export function checkManifestSchema(json: unknown, file: string): Manifest {
  const top = new Site(file);
  const o = json as Partial<Record<string, unknown>> | null;
  if (typeof o !== 'object' || o === null || Array.isArray(o) || o.format !== ARTIFACT_FORMAT) {
    throw new ManifestError(`${file} is not a tempofuse artifact manifest`, { expected: `format "${ARTIFACT_FORMAT}"`, found: o && typeof o === 'object' ? brief(o.format) : brief(o) });
  }
  if (o.version !== ARTIFACT_VERSION) {
    throw new ManifestError(`${file}: version: an artifact of format version ${brief(o.version)}, which this tempofuse does not read; compile it again`, {
      expected: `version ${ARTIFACT_VERSION}`, found: `version ${brief(o.version)}`,
    });
  }
  validate(manifest, json, top);
  return json as Manifest;
}
