// Something-Something v2's annotation files: a JSON list of videos, each {"id": "78687", "template":
// "Holding [something] next to [something]", ...} (the class is the template without its brackets; an
// entry with a "label" and no template is read by its label), videos named <id>.webm; and a labels file
// mapping each class name to its index ({"Holding something next to something": "52", ...}).
import { DataError } from '../ir/errors.ts';
import type { AnnotationEntry } from './annotation-list.ts';
import { arrayElementLines } from './json-lines.ts';

function parseJSON(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
}

export function parseSsv2List(text: string, file: string): AnnotationEntry[] {
  const list = parseJSON(text, file);
  if (!Array.isArray(list)) throw new DataError('not a Something-Something annotation list', { loc: file, expected: 'a JSON array of {id, template}', found: typeof list });
  const lines = arrayElementLines(text);
  return list.map((e: unknown, i) => {
    const at = `${file}:${lines[i]}`;
    const o = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
    const name = typeof o.template === 'string' ? o.template.replace(/[[\]]/g, '') : o.label;
    if ((typeof o.id !== 'string' && typeof o.id !== 'number') || typeof name !== 'string') {
      throw new DataError('malformed Something-Something entry', { loc: at, expected: '{"id": ..., "template": ...} or {"id": ..., "label": ...}', found: JSON.stringify(e)?.slice(0, 120) });
    }
    return { video: `${o.id}.webm`, label: name, at };
  });
}

/** Class names by index from a labels file. */
export function parseSsv2Labels(text: string, file: string): string[] {
  const map = parseJSON(text, file);
  if (typeof map !== 'object' || map === null || Array.isArray(map)) {
    throw new DataError('not a Something-Something labels file', { loc: file, expected: 'a JSON object {"class name": "index"}', found: Array.isArray(map) ? 'an array' : typeof map });
  }
  const entries = Object.entries(map as Record<string, unknown>);
  const classes = new Array<string>(entries.length);
  for (const [name, value] of entries) {
    const index = Number(value);
    if (!Number.isInteger(index) || index < 0 || index >= entries.length || classes[index] !== undefined) {
      throw new DataError(`bad index for class "${name}"`, { loc: file, expected: `a distinct integer in 0..${entries.length - 1}`, found: JSON.stringify(value) });
    }
    classes[index] = name;
  }
  return classes;
}
