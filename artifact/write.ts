// Writing an artifact folder: every file the manifest names, then the manifest with the sha256 of each
// and of its own keys (so a kernel, constants or graph file, or the manifest, edited afterwards is refused
// when the artifact is read).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FileError } from '../ir/errors.ts';
import { graphToJSON } from '../ir/json.ts';
import { joinInside, writeFileAtomic } from '../io/files.ts';
import { encodeSafetensors } from '../io/safetensors.ts';
import { keepExactNumbers, reviveExactNumbers, type Artifact } from './manifest.ts';
import { contentHashes, sha256 } from './manifest-hash.ts';

/** Write the artifact's files into `dir` (which `compile` makes fresh, so that no file of an earlier
 *  artifact stays beside them); every file name, kernel names included, must stay inside `dir`. */
export async function writeArtifact(dir: string, a: Artifact): Promise<void> {
  try {
    await mkdir(join(dir, 'kernels'), { recursive: true });
  } catch (e) {
    throw new FileError(`cannot write artifact ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const hashes: Record<string, string> = {};
  const write = async (rel: string, field: string, data: Uint8Array | string) => {
    await writeFileAtomic(joinInside(dir, rel, field), data);
    hashes[rel] = sha256(data);
  };
  for (const [file, text] of a.sources) await write(file, `kernel source ${JSON.stringify(file)}`, text);
  if (a.manifest.constants) {
    const byKey = new Map([...a.constants].map(([node, t]) => [String(node), t] as const));
    await write(a.manifest.constants, 'constants', encodeSafetensors(byKey));
  }
  if (a.manifest.graph && a.graph) await write(a.manifest.graph, 'graph', JSON.stringify(graphToJSON(a.graph), null, 1) + '\n');
  // in a fixed order (the files' own), so that the same program gives the same bytes
  const sorted = Object.fromEntries(Object.keys(hashes).sort().map((k) => [k, hashes[k]]));
  const { contentSha256: _old, ...manifest } = { ...a.manifest, sha256: sorted };
  // hashed as it reads back (what JSON keeps of it), which is what the reader hashes
  const content = contentHashes(JSON.parse(JSON.stringify(manifest, keepExactNumbers), reviveExactNumbers) as Record<string, unknown>);
  await write('manifest.json', 'manifest.json', JSON.stringify({ ...manifest, contentSha256: content }, keepExactNumbers, 2) + '\n');
}
