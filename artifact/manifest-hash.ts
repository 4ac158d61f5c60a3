// The sha256 of the manifest's own content, key by key, recorded at compile time. The schema and the
// cross-reference checks refuse a manifest that is inconsistent, but not one that is consistent and
// different: a launch's stride uniform, a kernel body's statements swapped, an output renamed. Those
// values are the compiler's to derive (from the graph, through lowering rules that the artifact layer does
// not have), so they cannot be recomputed here; any edit of them is refused as a manifest changed since
// compile instead, naming the key that changed.
import { createHash } from 'node:crypto';
import type { Manifest } from './manifest.ts';
import { Site } from './schema.ts';

export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** Keys whose content is not hashed: the format and version (checked first) and the hashes themselves. */
const UNHASHED = new Set(['format', 'version', 'sha256', 'contentSha256']);

/** `v` (JSON as parsed, non-finite numbers included) as text with sorted keys, so that the same data gives
 *  the same text whatever the order or spacing of the file; -0 stays apart from 0, as a kernel may tell
 *  them apart. Iterative: an edited value may be nested as deep as it likes. */
export function canonicalJson(v: unknown): string {
  const out: string[] = [];
  // the stack holds values still to write and, as Text, what to write between them (shared where fixed:
  // a large manifest has hundreds of thousands of values)
  const stack: unknown[] = [v];
  while (stack.length) {
    const x = stack.pop();
    if (x instanceof Text) out.push(x.text);
    else if (typeof x === 'number') out.push(Object.is(x, -0) ? '-0' : String(x));
    else if (Array.isArray(x)) {
      stack.push(CLOSE_ARRAY);
      for (let i = x.length - 1; i >= 0; i--) {
        stack.push(x[i]);
        if (i > 0) stack.push(COMMA);
      }
      stack.push(OPEN_ARRAY);
    } else if (typeof x === 'object' && x !== null) {
      const keys = Object.keys(x).sort();
      stack.push(CLOSE_OBJECT);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push((x as Record<string, unknown>)[keys[i]], new Text(`${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:`));
      }
      stack.push(OPEN_OBJECT);
    } else out.push(JSON.stringify(x) ?? 'null');
  }
  return out.join('');
}

class Text {
  constructor(readonly text: string) {}
}
const [OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT, COMMA] = ['[', ']', '{', '}', ','].map((t) => new Text(t));

/** The sha256 of each hashed key of `m`, as it reads back from its file (`m` parsed from the JSON written). */
export function contentHashes(m: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.keys(m).filter((k) => !UNHASHED.has(k)).sort().map((k) => [k, sha256(canonicalJson(m[k]))]));
}

/** Every hashed key of `m` (read from `file`) is as it was compiled; throws a ManifestError naming the first
 *  key that is not. */
export function checkContentHashes(m: Manifest, file: string): void {
  const recorded = m.contentSha256!;
  const found = contentHashes(m as unknown as Record<string, unknown>);
  const top = new Site(file);
  for (const key of Object.keys(found)) {
    if (!Object.hasOwn(recorded, key)) top.at(key).fail('not among the keys hashed at compile time (manifest changed since compile)', `one of ${Object.keys(recorded).join(', ')}`, JSON.stringify(key));
    if (recorded[key] !== found[key]) top.at(key).fail('manifest changed since compile; compile again rather than edit it', `sha256 ${recorded[key]}`, `sha256 ${found[key]}`);
  }
  for (const key of Object.keys(recorded)) {
    if (!Object.hasOwn(found, key)) top.at('contentSha256').at(key).fail('a hash of a key the manifest does not have (manifest changed since compile)', Object.keys(found).join(', '), JSON.stringify(key));
  }
}
