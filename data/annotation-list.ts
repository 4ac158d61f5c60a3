// Annotation lists as UCF101, Kinetics and mmaction2 write them: one video per line, `path label`
// (whitespace-separated; the label is the rest of the line, so class names may hold spaces) or
// `path,label` (CSV, exactly two fields; a first line whose label field reads label/class/category is a
// header). A label is a class index (digits) or a class name; one list uses one kind. Empty lines and
// lines starting with # are skipped.
import { DataError } from '../ir/errors.ts';

/** One video of an annotation list, its label as written, and where it was written ("file:line"). */
export interface AnnotationEntry {
  video: string;
  label: number | string;
  at: string;
}

const HEADER_LABELS = new Set(['label', 'class', 'category', 'classname', 'class_name']);
const SHAPE = '`<video path> <label>` or `<video path>,<label>`';

export function parseAnnotationList(text: string, file: string): AnnotationEntry[] {
  const entries: AnnotationEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (!line || line.startsWith('#')) continue;
    const at = `${file}:${n + 1}`;
    let fields: string[];
    if (line.includes(',')) {
      fields = line.split(',').map((f) => f.trim());
      if (fields.length !== 2) throw new DataError('malformed annotation line', { loc: at, expected: SHAPE, found: JSON.stringify(line) });
      if (!entries.length && HEADER_LABELS.has(fields[1].toLowerCase())) continue;
    } else {
      const space = line.search(/\s/);
      fields = space < 0 ? [line] : [line.slice(0, space), line.slice(space).trim()];
    }
    if (fields.length < 2 || !fields[0] || !fields[1]) {
      throw new DataError('malformed annotation line: a video path and a label are needed', { loc: at, expected: SHAPE, found: JSON.stringify(line) });
    }
    const label = /^\d+$/.test(fields[1]) ? Number(fields[1]) : fields[1];
    if (entries.length && typeof label !== typeof entries[0].label) {
      throw new DataError('annotation labels mix class indices and class names', { loc: at, expected: `a class ${typeof entries[0].label === 'number' ? 'index' : 'name'} as on ${entries[0].at}`, found: JSON.stringify(fields[1]) });
    }
    entries.push({ video: fields[0], label, at });
  }
  return entries;
}
