// Reading an artifact folder: the manifest, checked against its schema and its own references
// (artifact/manifest-schema.ts, manifest-refs.ts), then every file it names, each kept inside the folder
// (symbolic links followed) and checked against the sha256 recorded at compile time before it is parsed,
// then the constants and the graph against the values the manifest declares, and last the manifest's own
// content against its hashes recorded at compile time (artifact/manifest-hash.ts). Errors name the file
// and the manifest field, never the content of a file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FileError, ManifestError, ParseError } from '../ir/errors.ts';
import type { Graph } from '../ir/graph.ts';
import { graphFromJSON, jsonSyntaxError } from '../ir/json.ts';
import { formatShape, type Tensor } from '../ir/tensor.ts';
import { realInside } from '../io/files.ts';
import { decodeSafetensors } from '../io/safetensors.ts';
import { ARTIFACT_FORMAT, reviveExactNumbers, type Artifact, type Manifest } from './manifest.ts';
import { checkContentHashes, sha256 } from './manifest-hash.ts';
import { checkManifestRefs } from './manifest-refs.ts';
import { checkManifestSchema } from './manifest-schema.ts';
import { Site } from './schema.ts';

/** The files a manifest names: what each is, and the manifest field that names it (the first, for a file
 *  that several modules share). */
export function namedFiles(m: Pick<Manifest, 'modules' | 'constants' | 'graph'>): Map<string, { what: string; field: string }> {
  const files = new Map<string, { what: string; field: string }>();
  m.modules.forEach((mod, i) => { if (!files.has(mod.file)) files.set(mod.file, { what: 'kernel file', field: `modules[${i}].file` }); });
  if (m.constants !== undefined) files.set(m.constants, { what: 'constants file', field: 'constants' });
  if (m.graph !== undefined) files.set(m.graph, { what: 'graph file', field: 'graph' });
  return files;
}

/** Whether `dir` holds a tempofuse artifact's manifest.json (of any version, whole or not). */
export async function isArtifactFolder(dir: string): Promise<boolean> {
  try {
    return (JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { format?: unknown }).format === ARTIFACT_FORMAT;
  } catch {
    return false;
  }
}

/** An artifact folder, read and checked whole before anything runs. */
export async function readArtifact(dir: string): Promise<Artifact> {
  const path = join(dir, 'manifest.json');
  const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new FileError(`cannot read artifact ${dir}: ${e.code === 'ENOENT' ? 'no manifest.json' : e.code ?? e.message}`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text, reviveExactNumbers);
  } catch (e) {
    throw new ParseError(`${path} is not JSON (${jsonSyntaxError(e, text)})`);
  }
  const manifest = checkManifestSchema(json, path);
  // paths first: a manifest that names a file outside the folder is refused before anything else is said
  const files = namedFiles(manifest);
  const paths = new Map<string, string>();
  for (const [rel, { field }] of files) paths.set(rel, await realInside(dir, rel, `manifest.json ${field}`));
  checkManifestRefs(manifest, path);
  const recorded = manifest.sha256!;
  const hashes = new Site(path, 'sha256');
  for (const file of files.keys()) if (!Object.hasOwn(recorded, file)) hashes.fail(`no sha256 of ${JSON.stringify(file)}`, 'one for every file the manifest names', 'none');
  for (const file of Object.keys(recorded)) if (!files.has(file)) hashes.at(file).fail('a sha256 of a file the manifest does not name', [...files.keys()].join(', '), JSON.stringify(file));

  /** The bytes of `rel`, as they were at compile time. */
  const read = async (rel: string): Promise<Uint8Array> => {
    const full = paths.get(rel)!;
    const { what } = files.get(rel)!;
    const bytes = new Uint8Array(await readFile(full).catch(() => { throw new FileError(`artifact ${dir} lacks ${what} ${rel}`); }));
    const found = sha256(bytes);
    if (found !== recorded[rel]) throw new ManifestError(`${full}: ${what} changed since compile`, { expected: `sha256 ${recorded[rel]}`, found: `sha256 ${found}` });
    return bytes;
  };

  const sources = new Map<string, string>();
  for (const { file } of manifest.modules) if (!sources.has(file)) sources.set(file, new TextDecoder().decode(await read(file)));
  const constants = new Map<number, Tensor>();
  if (manifest.constants !== undefined) {
    const file = paths.get(manifest.constants)!;
    for (const [k, t] of decodeSafetensors(await read(manifest.constants), file).tensors) constants.set(Number(k), t);
    checkConstants(manifest, constants, file);
  }
  let graph: Graph | undefined;
  if (manifest.graph !== undefined) {
    graph = parseGraph(await read(manifest.graph), paths.get(manifest.graph)!);
    checkGraph(manifest, graph, path);
  }
  // last: an edit that makes the manifest inconsistent is named precisely above, a consistent one here
  checkContentHashes(manifest, path);
  return { manifest, sources, constants, ...(graph ? { graph } : {}) };
}

function parseGraph(bytes: Uint8Array, file: string): Graph {
  const text = new TextDecoder().decode(bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ParseError(`${file} is not JSON (${jsonSyntaxError(e, text)})`);
  }
  return graphFromJSON(json, file);
}

/** Every stored constant is in the constants file, of the declared type, and nothing else is. */
function checkConstants(m: Manifest, constants: ReadonlyMap<number, Tensor>, file: string): void {
  const declared = new Map(m.values.filter((v) => v.role === 'const').map((v) => [v.node, v] as const));
  for (const [node, v] of declared) {
    const t = constants.get(node);
    const want = `${v.dtype}${formatShape(v.shape)}`;
    if (!t) throw new ManifestError(`${file}: lacks the stored constant of node ${node}`, { expected: want, found: 'nothing' });
    if (`${t.dtype}${formatShape(t.shape)}` !== want) throw new ManifestError(`${file}: the constant of node ${node} disagrees with the manifest`, { expected: want, found: `${t.dtype}${formatShape(t.shape)}` });
  }
  for (const node of constants.keys()) {
    if (!declared.has(node)) throw new ManifestError(`${file}: holds a tensor '${node}' that is no stored constant of the manifest`, { expected: `one of ${[...declared.keys()].join(', ') || 'none'}`, found: `${node}` });
  }
}

/** Every stored value is its graph node's type: a shape edited in the manifest alone is refused. */
function checkGraph(m: Manifest, g: Graph, file: string): void {
  const at = new Site(file, 'values');
  m.values.forEach((v, i) => {
    const n = g.nodes[v.node];
    if (!n) return at.at(i).at('node').fail(`node ${v.node} is not in the graph`, `below ${g.nodes.length}`, `${v.node}`);
    const want = `${n.type.dtype}${formatShape(n.type.shape)}`;
    if (`${v.dtype}${formatShape(v.shape)}` !== want) at.at(i).fail(`disagrees with node %${v.node} ${n.op} of the graph`, want, `${v.dtype}${formatShape(v.shape)}`);
  });
}
